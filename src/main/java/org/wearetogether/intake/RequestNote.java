package org.wearetogether.intake;

import java.time.Instant;

/**
 * A note in a request's history beside its status changes: words that travel between the people around a request
 * once it is filed. Notes are personal data: erased with the request.
 *
 * @param seq 1, 2, 3... per request (its own count, apart from the status changes' {@code seq})
 * @param kind what the note is
 * @param author who wrote it
 * @param text what they wrote (never null)
 * @param at when it was stored
 */
public record RequestNote(int seq, Kind kind, Actor author, String text, Instant at) {

    /** What a note is, and so whom it is for. */
    public enum Kind {
        /** Someone filing the same beneficiary again added their details to this request instead: for the HQ. */
        DETAILS_ADDED,
        /** The requester wrote to the HQ from "My requests": for the holder (or the HQ chat while nobody holds it). */
        FROM_REQUESTER,
        /** The holder or the HQ answered the requester: for the requester. */
        FROM_HQ
    }
}
