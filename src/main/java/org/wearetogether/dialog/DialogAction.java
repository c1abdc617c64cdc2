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
     * What the action reports: a reference to show and store (e.g. the request number) and what to tell the person.
     */
    record Result(String reference, List<Reply> replies) {}
}
