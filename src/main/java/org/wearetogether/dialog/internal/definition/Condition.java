package org.wearetogether.dialog.internal.definition;

import java.util.List;
import java.util.Map;

/**
 * A data-only condition on earlier answers: every listed answer must be one of the listed values (for a
 * multiple-choice answer: contain one of them). {@code negate} turns it into "none of them" ({@code unless:} in files).
 * No expression language, so a dialog file cannot run code.
 */
public record Condition(Map<String, List<String>> anyOf, boolean negate) {

    public Condition {
        anyOf = Map.copyOf(anyOf);
    }

    public boolean holdsFor(Map<String, Object> answers) {
        boolean all = anyOf.entrySet().stream().allMatch(e -> matches(answers.get(e.getKey()), e.getValue()));
        return negate != all;
    }

    private static boolean matches(Object answer, List<String> accepted) {
        if (answer instanceof List<?> chosen) {
            return chosen.stream().anyMatch(accepted::contains);
        }
        return answer != null && accepted.contains(answer.toString());
    }
}
