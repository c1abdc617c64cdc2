package org.wearetogether.tasks.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which volunteer skills ({@code dialogs/volunteer-signup.yaml}) fit which needs ({@code dialogs/request-help.yaml}).
 * Kept here rather than in a data file: the two option lists share no ids but {@code psychological} and {@code other},
 * and a need without a fitting skill (household help, pet care) simply ranks nobody higher. A need or skill id added to
 * a dialog file and missing here fits nothing until it is added.
 */
final class NeedSkills {

    static final Map<String, List<String>> FITTING = Map.of(
            "groceries", List.of("own_car"),
            "medicines", List.of("own_car", "medical"),
            "medical_help", List.of("medical"),
            "transport", List.of("own_car"),
            "psychological", List.of("psychological"));

    private NeedSkills() {}

    /** The skills that fit any of the needs. */
    static Set<String> skillsFor(Collection<String> needs) {
        Set<String> skills = new LinkedHashSet<>();
        needs.forEach(need -> skills.addAll(FITTING.getOrDefault(need, List.of())));
        return skills;
    }
}
