package org.wearetogether.dialog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A running dialog of one person: a small record that is stored, never a state machine.
 *
 * @param id short random id; inline buttons carry it, so a button of another conversation changes nothing
 * @param dialogId which dialog
 * @param dialogVersion the definition version the conversation started with
 * @param step the current step id
 * @param answers answers by step id: a {@code String} (text, option id, E.164 phone, region code, {@code geo:} URI,
 *     consent version) or a {@code List<String>} (multiple choice)
 * @param path the steps answered so far in order, for Back
 * @param language the language of the texts ({@code ru}, {@code en})
 * @param mode what the current message waits for
 * @param prompt sequence number of the current question; buttons of older questions are no longer active
 * @param invalidInARow invalid answers in a row at the current step
 * @param editing true while one answer is being edited from the summary (the next answer returns to it)
 * @param startedAt when it started
 * @param updatedAt the person's last input
 * @param remindAt when to remind the person (null once reminded)
 * @param expireAt when to drop the conversation
 */
public record Conversation(
        String id,
        String dialogId,
        int dialogVersion,
        String step,
        Map<String, Object> answers,
        List<String> path,
        String language,
        Mode mode,
        int prompt,
        int invalidInARow,
        boolean editing,
        Instant startedAt,
        Instant updatedAt,
        Instant remindAt,
        Instant expireAt) {

    public Conversation {
        answers = Map.copyOf(answers);
        path = List.copyOf(path);
    }

    /** What the conversation waits for. */
    public enum Mode {
        /** An answer to the current step. */
        ASKING,
        /** Yes or no to "Cancel the request?". */
        CONFIRMING_CANCEL,
        /** A choice the completion action asked for after Send ({@code DialogAction.Decision}); Back: the summary. */
        DECIDING
    }
}
