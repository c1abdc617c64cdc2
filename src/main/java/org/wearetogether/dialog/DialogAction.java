package org.wearetogether.dialog;

import java.util.List;

/**
 * A named action a dialog file may call when the person submits ({@code on_complete: submit_help_request}).
 * Features contribute actions as beans; the engine refuses files that name an unknown action.
 */
public interface DialogAction {

    /** The name dialog files use, snake_case. */
    String name();

    /**
     * Does the work. Must be idempotent on {@link Submission#conversationId()}: after a crash the same submission
     * may arrive again and must return the same result without doing the work twice.
     *
     * @throws RuntimeException when it cannot be done now; the person stays at the summary and may try again
     */
    Result run(Submission submission);

    /** What the action receives. */
    record Submission(
            String dialogId,
            int dialogVersion,
            String conversationId,
            Person person,
            String language,
            java.util.Map<String, Object> answers,
            java.time.Instant submittedAt) {}

    /**
     * What the action reports: a reference to show and store (e.g. the request number) and what to tell the person;
     * or, instead, a {@link Decision} the person must take first (then nothing is done yet and the conversation waits).
     */
    record Result(String reference, List<Reply> replies, Decision decision) {

        public Result(String reference, List<Reply> replies) {
            this(reference, replies, null);
        }

        /** Nothing done yet: ask the person first; their choice comes back in the next submission's answers. */
        public static Result asking(Decision decision) {
            return new Result(null, List.of(), decision);
        }
    }

    /**
     * A question the action asks after the person pressed Send, before it does the work (e.g. "this person already has
     * a request: add to it, or file a new one?"). Everything typed is kept: the person's choice is put into the
     * answers under {@code key} and the action runs again; Back returns to the summary.
     *
     * @param key the answer key the chosen choice's id is stored under (snake_case, not a step id)
     * @param text the question, already in the person's language
     * @param choices one button each, in order
     */
    record Decision(String key, String text, List<Choice> choices) {

        public Decision {
            choices = List.copyOf(choices);
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("A decision needs at least one choice");
            }
        }
    }

    /** One answer to a {@link Decision}: its id (stored) and its button label (in the person's language). */
    record Choice(String id, String label) {}
}
