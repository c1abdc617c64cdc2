package org.wearetogether.hq.internal;

import org.wearetogether.intake.RequestStatus;

/** How a request ended, as its cleaned messages say it; {@link #ERASED} when its data was erased while open. */
enum RequestEnd {
    DONE,
    CANNOT_FULFIL,
    CANCELLED,
    ERASED;

    /** The end of a closed status. */
    static RequestEnd of(RequestStatus status) {
        return switch (status) {
            case DONE -> DONE;
            case CANNOT_FULFIL -> CANNOT_FULFIL;
            case CANCELLED -> CANCELLED;
            default -> throw new IllegalArgumentException(status + " is not an end");
        };
    }
}
