package org.wearetogether.dialog.internal.definition;

import java.util.Set;
import java.util.TreeSet;

/**
 * The names a dialog file may refer to: completion actions ({@code on_complete}) and text validators, as
 * contributed by features (in Spring: the names of the {@code DialogAction} and {@code AnswerValidator} beans).
 */
public record KnownNames(Set<String> actions, Set<String> validators) {

    public KnownNames {
        actions = Set.copyOf(actions);
        validators = Set.copyOf(validators);
    }

    String listOfActions() {
        return list(actions);
    }

    String listOfValidators() {
        return list(validators);
    }

    private static String list(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names));
    }
}
