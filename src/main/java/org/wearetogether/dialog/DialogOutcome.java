package org.wearetogether.dialog;

import java.util.Map;

/** How a conversation ended. */
public sealed interface DialogOutcome {

    /** Submitted from the summary and accepted by the dialog's completion action. */
    record Completed(String dialogId, String conversationId, Map<String, Object> answers, String reference)
            implements DialogOutcome {}

    /** The person cancelled (and confirmed). */
    record Cancelled(String dialogId) implements DialogOutcome {}

    /** The person declined consent; nothing personal was kept. */
    record ConsentDeclined(String dialogId) implements DialogOutcome {}

    /** Nobody answered for the dialog's expiry time. */
    record Expired(String dialogId) implements DialogOutcome {}
}
