package org.wearetogether.dialog.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.DialogAction.Choice;
import org.wearetogether.dialog.DialogAction.Decision;

/**
 * The question a completion action asked after Send ({@link Decision}), kept among the conversation's answers while
 * the person decides, so that it survives a restart of the service and can be asked again (a reminder, a repeat).
 * Stored as a list of strings (what answers hold): the key, the text, then each choice's id and label.
 */
final class PendingDecision {

    /** The answers key; never a step id, never part of what the action receives. */
    static final String ANSWER_KEY = "pending_decision";

    private PendingDecision() {}

    static List<String> encode(Decision decision) {
        List<String> parts = new ArrayList<>();
        parts.add(decision.key());
        parts.add(decision.text());
        for (Choice choice : decision.choices()) {
            parts.add(choice.id());
            parts.add(choice.label());
        }
        return parts;
    }

    /** The decision waiting in {@code answers}, or null when there is none (or it is not readable). */
    static Decision in(Map<String, Object> answers) {
        if (!(answers.get(ANSWER_KEY) instanceof List<?> parts) || parts.size() < 4 || parts.size() % 2 != 0) {
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 2; i < parts.size(); i += 2) {
            choices.add(new Choice(String.valueOf(parts.get(i)), String.valueOf(parts.get(i + 1))));
        }
        return new Decision(String.valueOf(parts.get(0)), String.valueOf(parts.get(1)), choices);
    }
}
