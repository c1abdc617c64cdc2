package org.wearetogether.intake;

import org.wearetogether.dialog.Texts;

/** Where a help request stands, with the words the requester sees. */
public enum RequestStatus {
    /** Stored, waiting for a coordinator of the regional HQ (also after being returned to the queue). */
    SUBMITTED(Texts.of("отправлена, ждёт штаба", "sent, waiting for the HQ")),
    /** A coordinator has taken it. */
    ACCEPTED(Texts.of("принята штабом", "accepted by the HQ")),
    /** A volunteer has been assigned. */
    VOLUNTEER_ASSIGNED(Texts.of("назначен волонтёр", "a volunteer is assigned")),
    /** The help is under way. */
    IN_PROGRESS(Texts.of("в работе", "in progress")),
    /** Helped. */
    DONE(Texts.of("выполнена", "done")),
    /** The HQ could not help; the reason is in {@link HelpRequest#statusReason()}. */
    CANNOT_FULFIL(Texts.of("не удалось выполнить", "could not be fulfilled")),
    /** Cancelled by the requester, or because their personal data was deleted. */
    CANCELLED(Texts.of("отменена", "cancelled"));

    private final Texts label;

    RequestStatus(Texts label) {
        this.label = label;
    }

    /** How the requester reads the status, e.g. "accepted by the HQ". */
    public Texts label() {
        return label;
    }

    /** Whether someone may still act on the request. */
    public boolean open() {
        return this != DONE && this != CANNOT_FULFIL && this != CANCELLED;
    }
}
