package org.wearetogether.regions.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue.RegionMatch;

/**
 * Decides what a typed name with no exact match most likely means. Certain only when the best region is clearly
 * good and clearly ahead: an old person confirming a wrong region is worse than a question with buttons.
 */
final class Ranking {

    /** Certain by similarity: at least this good ... */
    static final double GOOD = 0.90;
    /** ... and this far ahead of the next region; a very good match needs less of a lead. */
    static final double LEAD = 0.08;

    static final double VERY_GOOD = 0.92;
    static final double SHORT_LEAD = 0.05;
    /** Worth offering as a button. */
    static final double CANDIDATE = 0.78;

    private final Map<Region, Double> scores = new HashMap<>();
    private final Map<Region, Integer> edits = new HashMap<>();
    private final int allowedEdits;

    Ranking(NormalisedName typed, List<FuzzyRegionCatalogue.Key> keys) {
        for (FuzzyRegionCatalogue.Key key : keys) {
            scores.merge(key.region(), NameSimilarity.of(typed, key.name()), Math::max);
            edits.merge(key.region(), NameSimilarity.edits(typed, key.name()), Math::min);
        }
        this.allowedEdits = allowedEdits(typed.core().length());
    }

    /** Regions by similarity, best first. */
    List<Map.Entry<Region, Double>> ranked() {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Region, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().code()))
                .toList();
    }

    RegionMatch match() {
        List<Map.Entry<Region, Double>> ranked = ranked();
        double best = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        double second = ranked.size() < 2 ? 0 : ranked.get(1).getValue();
        boolean clearlyAhead = best >= VERY_GOOD ? best - second >= SHORT_LEAD : best - second >= LEAD;
        if (best >= GOOD && clearlyAhead) {
            return FuzzyRegionCatalogue.certain(ranked.get(0).getKey());
        }
        Optional<Region> fewEdits = fewEditsAway();
        if (fewEdits.isPresent()) {
            return FuzzyRegionCatalogue.certain(fewEdits.get());
        }
        List<Region> candidates = ranked.stream()
                .filter(e -> e.getValue() >= CANDIDATE)
                .limit(FuzzyRegionCatalogue.MAX_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        return new RegionMatch(Optional.empty(), candidates);
    }

    /**
     * The one region a letter or two away ({@code Масква}), when every other region is at least two letters
     * further: Jaro-Winkler rates a typo near the start of a short word too low to be certain.
     */
    private Optional<Region> fewEditsAway() {
        List<Map.Entry<Region, Integer>> nearest = edits.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .limit(2)
                .toList();
        if (nearest.isEmpty() || nearest.get(0).getValue() > allowedEdits) {
            return Optional.empty();
        }
        int first = nearest.get(0).getValue();
        int second = nearest.size() < 2 ? Integer.MAX_VALUE : nearest.get(1).getValue();
        return (long) second >= first + 2L ? Optional.of(nearest.get(0).getKey()) : Optional.empty();
    }

    private static int allowedEdits(int length) {
        if (length < 5) {
            return 0;
        }
        return length < 8 ? 1 : 2;
    }
}
