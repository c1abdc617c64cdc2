package org.wearetogether.regions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A region name as the matcher sees it: lower case, {@code ё} as {@code е}, no punctuation, and the words that
 * only say what kind of region it is ({@code обл.}, {@code край}, {@code Republic}, {@code АО}) reduced to one
 * canonical word each and put last, so {@code Респ. Татарстан} and {@code Republic of Tatarstan} compare by
 * {@code татарстан}/{@code tatarstan} and the kind {@code респ}.
 *
 * @param core the words that name the region, e.g. {@code московская}
 * @param words the words of the core
 * @param kinds canonical kind words, sorted, e.g. {@code [обл]}
 */
record NormalisedName(String core, List<String> words, SortedSet<String> kinds) {

    /** Longer input is no region name; cutting it first keeps matching cheap for 4096-character messages. */
    static final int MAX_INPUT = 200;

    static final NormalisedName EMPTY = new NormalisedName("", List.of(), new TreeSet<>());

    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private static final int MIN_KIND_TYPO_LENGTH = 5;
    private static final List<String> GLUED_KINDS = List.of("область", "oblast", "region", "республика", "republic");
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final String OBLAST = "обл";
    private static final String AUTONOMOUS = "ао";
    private static final Map<String, String> KINDS = kindWords();
    private static final Set<String> AUTONOMOUS_MARKS =
            Set.of("автономный", "автономная", "автономного", "автономной", "авт", "autonomous", "avtonomnyy");
    private static final Set<String> IGNORED =
            Set.of("г", "гор", "город", "city", "gorod", "of", "the", "в", "во", "и", "на", "na", "and");

    NormalisedName {
        words = List.copyOf(words);
        kinds = new TreeSet<>(kinds);
    }

    static NormalisedName of(String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        String text = raw.length() > MAX_INPUT ? raw.substring(0, MAX_INPUT) : raw;
        text = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        text = NOT_LETTERS.matcher(APOSTROPHES.matcher(text).replaceAll("")).replaceAll(" ");
        List<String> words = new ArrayList<>();
        SortedSet<String> kinds = new TreeSet<>();
        boolean autonomous = false;
        for (String word : splitGluedKind(text.trim().split(" "))) {
            String kind = kind(word);
            if (word.isEmpty() || IGNORED.contains(word)) {
                continue;
            } else if (AUTONOMOUS_MARKS.contains(word)) {
                autonomous = true;
            } else if (kind != null) {
                // "автономная область" and "автономный округ" are both an autonomous kind
                kinds.add(autonomous && OBLAST.equals(kind) ? AUTONOMOUS : kind);
            } else {
                words.add(word);
            }
        }
        return new NormalisedName(String.join(" ", words), words, kinds);
    }

    /** The whole name in canonical form: the core, then the kinds: {@code московская обл}. */
    String text() {
        return kinds.isEmpty() ? core : core + " " + String.join(" ", kinds);
    }

    boolean isEmpty() {
        return core.isEmpty();
    }

    /** {@code MoscowOblast}, {@code мособласть}: a kind glued to the name would otherwise read as a longer name. */
    private static List<String> splitGluedKind(String[] words) {
        List<String> split = new ArrayList<>(words.length + 1);
        for (String word : words) {
            String suffix = GLUED_KINDS.stream()
                    .filter(kind -> word.length() >= kind.length() + 3 && word.endsWith(kind))
                    .findFirst()
                    .orElse(null);
            if (suffix == null) {
                split.add(word);
            } else {
                split.add(word.substring(0, word.length() - suffix.length()));
                split.add(suffix);
            }
        }
        return split;
    }

    /** The kind a word names, also with one typo in a long kind word ({@code Oblat}, {@code облать}). */
    private static String kind(String word) {
        String kind = KINDS.get(word);
        if (kind != null || word.length() < MIN_KIND_TYPO_LENGTH) {
            return kind;
        }
        for (Map.Entry<String, String> known : KINDS.entrySet()) {
            if (known.getKey().length() >= MIN_KIND_TYPO_LENGTH && ONE_EDIT.apply(word, known.getKey()) >= 0) {
                return known.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> kindWords() {
        Map<String, String> kinds = new java.util.HashMap<>();
        for (String word : List.of("обл", "область", "области", "oblast", "obl", "region", "регион")) {
            kinds.put(word, OBLAST);
        }
        for (String word : List.of("край", "кр", "krai", "kray", "territory")) {
            kinds.put(word, "край");
        }
        for (String word : List.of("республика", "респ", "республ", "republic", "rep", "resp", "respublika")) {
            kinds.put(word, "респ");
        }
        for (String word : List.of("ао", "округ", "окр", "okrug", "district", "ao")) {
            kinds.put(word, AUTONOMOUS);
        }
        return Map.copyOf(kinds);
    }
}
