package org.wearetogether.dialog.internal.definition;

import org.wearetogether.dialog.Texts;

/**
 * One step of a dialog: a question and the kind of answer it takes.
 *
 * @param id snake_case step id, also the key of its answer
 * @param ask the question
 * @param label a short name of the answer, shown in the summary (required for every step that collects an answer)
 * @param hint what to say when an answer is invalid (null: the kind's default hint)
 * @param when the step is asked only when this holds for earlier answers (null: always)
 * @param kind what answer the step takes
 * @param next the following step id, or {@link #END} after the last one (a summary step has no next)
 * @param optional the person may skip the step with a "Skip" button
 * @param voice a voice message is taken as the answer (free-text steps only): its file id is kept, not the audio
 */
public record StepDefinition(
        String id,
        Texts ask,
        Texts label,
        Texts hint,
        Condition when,
        StepKind kind,
        String next,
        boolean optional,
        boolean voice) {

    /** A step that takes no voice message. */
    public StepDefinition(
            String id,
            Texts ask,
            Texts label,
            Texts hint,
            Condition when,
            StepKind kind,
            String next,
            boolean optional) {
        this(id, ask, label, hint, when, kind, next, optional, false);
    }

    /** The {@code next} of a step after which the dialog goes straight to completion. */
    public static final String END = "end";
}
