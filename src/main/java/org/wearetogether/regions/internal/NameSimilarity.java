package org.wearetogether.regions.internal;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How much a typed name resembles a known one, from 0 to 1. Jaro-Winkler favours a right beginning
 * ({@code Moskow}); the edit-distance ratio catches a wrong vowel early in a short word ({@code Масква}).
 */
final class NameSimilarity {

    /** Names shorter than this ({@code мск}, {@code ло}) match only exactly: any typo makes them another word. */
    static final int MIN_FUZZY_LENGTH = 4;
    /** Letters to change that still count as "a few"; beyond, the distance is not needed exactly. */
    static final int FEW_EDITS = 3;
    /** One name word of several typed ({@code Ханты} for {@code Ханты-Мансийский АО}) is a weaker sign. */
    private static final double PART_OF_NAME = 0.9;
    /** Typing no kind, or another kind, than the known name has: {@code Moskow} is nearer the city. */
    private static final double OTHER_KIND = 0.9;
    /** Below this, the edit-distance ratio adds nothing to a decision, so the distance need not be exact. */
    private static final double USEFUL_RATIO = 0.75;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance[] BOUNDED = new LevenshteinDistance[64];

    static {
        for (int i = 0; i < BOUNDED.length; i++) {
            BOUNDED[i] = new LevenshteinDistance(i);
        }
    }

    private NameSimilarity() {}

    /** The similarity of the typed name to a known one; 0 for known names too short to compare. */
    static double of(NormalisedName typed, NormalisedName known) {
        if (known.core().length() < MIN_FUZZY_LENGTH) {
            return 0;
        }
        double kind = typed.kinds().equals(known.kinds()) ? 1 : OTHER_KIND;
        return kind * Math.max(words(typed.core(), known.core()), byWord(typed.words(), known.words()));
    }

    /** Letters to change between the two cores, or {@link Integer#MAX_VALUE} when more than a few. */
    static int edits(NormalisedName typed, NormalisedName known) {
        if (known.core().length() < MIN_FUZZY_LENGTH) {
            return Integer.MAX_VALUE;
        }
        int edits = BOUNDED[FEW_EDITS].apply(typed.core(), known.core());
        return edits < 0 ? Integer.MAX_VALUE : edits;
    }

    static double words(String typed, String known) {
        int longer = Math.max(typed.length(), known.length());
        if (longer == 0) {
            return 0;
        }
        int bound = Math.min(BOUNDED.length - 1, (int) (longer * (1 - USEFUL_RATIO)));
        int edits = BOUNDED[bound].apply(typed, known);
        double ratio = edits < 0 ? 0 : 1 - (double) edits / longer;
        return Math.max(JARO_WINKLER.apply(typed, known), ratio);
    }

    /** Each typed word against its best known word, so word order and a missing word cost little. */
    private static double byWord(List<String> typed, List<String> known) {
        if (typed.size() == 1 && known.size() == 1) {
            return 0;
        }
        double sum = 0;
        for (String word : typed) {
            double best = 0;
            for (String knownWord : known) {
                best = Math.max(best, words(word, knownWord));
            }
            sum += best;
        }
        return PART_OF_NAME * sum / typed.size();
    }
}
