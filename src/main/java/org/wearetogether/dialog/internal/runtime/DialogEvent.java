package org.wearetogether.dialog.internal.runtime;

/** What moves a conversation from one state of its compiled machine to another. */
enum DialogEvent {
    /** The current step was answered (or skipped): go to the next step that applies. */
    ANSWERED,
    /** Go back to the previous answered step (the target travels in the extended state). */
    BACK,
    /** Jump from the summary to one answer to change it (the target travels in the extended state). */
    EDIT,
    /** Start again from the first step that applies. */
    RESTART,
    /** The cancel was confirmed. */
    CANCEL,
    /** Consent was declined. */
    DECLINED,
    /** The summary was submitted. */
    SUBMIT,
    /** Nobody answered for the dialog's expiry time. */
    TIMED_OUT
}
