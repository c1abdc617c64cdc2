package org.wearetogether.dialog.internal.definition;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checked {@code dialogs/danger-words.yaml}: entries of one or more words in a row, each word whole or a stem
 * ({@code упал*}), and the answers that together mean an emergency. Matching ignores case and ё/е; a stem list, not
 * fuzzy matching, covers the word forms, so the list stays readable and predictable.
 *
 * @param dialogs ids of the dialogs the check applies to (e.g. not the volunteer sign-up, where "stroke" is no alarm)
 * @param entries the word entries, already normalised
 * @param urgentAnswers each a map of step id to option id; all must be given
 */
public record DangerWords(java.util.Set<String> dialogs, List<Entry> entries, List<Map<String, String>> urgentAnswers) {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}*]+");

    public DangerWords {
        dialogs = java.util.Set.copyOf(dialogs);
        entries = List.copyOf(entries);
        urgentAnswers = urgentAnswers.stream().map(Map::copyOf).toList();
    }

    /** One entry: words that must follow each other; a word ending in {@code *} is a stem. */
    public record Entry(String asWritten, List<String> words) {
        public Entry {
            words = List.copyOf(words);
        }

        boolean at(List<String> text, int start) {
            if (start + words.size() > text.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String t = text.get(start + i);
                boolean same = w.endsWith("*") ? t.startsWith(w.substring(0, w.length() - 1)) : t.equals(w);
                if (!same) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Lower case, ё as е, split into words (anything but a letter separates; {@code *} is kept for stems). */
    public static List<String> words(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return NOT_A_WORD.splitAsStream(normal).filter(w -> !w.isEmpty()).toList();
    }

    public boolean appliesTo(String dialogId) {
        return dialogs.contains(dialogId);
    }

    /** Whether the text holds any entry. */
    public boolean foundIn(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        List<String> words = words(text.replace('*', ' '));
        for (int i = 0; i < words.size(); i++) {
            for (Entry entry : entries) {
                if (entry.at(words, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the answers hold every option of one of the urgent combinations. */
    public boolean urgent(Map<String, Object> answers) {
        return urgentAnswers.stream()
                .anyMatch(all -> all.entrySet().stream().allMatch(e -> given(answers.get(e.getKey()), e.getValue())));
    }

    private static boolean given(Object answer, String option) {
        return answer instanceof List<?> ticked ? ticked.contains(option) : option.equals(answer);
    }
}
