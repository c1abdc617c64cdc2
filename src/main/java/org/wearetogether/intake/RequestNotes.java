package org.wearetogether.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notes of a request (see {@link RequestNote}). Adding one is a single version-guarded write of the request's
 * document that also moves its {@code updatedAt}, so sweeps that read {@link RequestLifecycle#changedSince} (and
 * deliver notes durably, remembering how far they told) see it; {@link RequestNoteAdded} is published after it, for
 * live views only.
 */
public interface RequestNotes {

    /**
     * The data of the requester's "write to the HQ" button, followed by the request's number: under a reply from the
     * HQ it lets the conversation go on.
     */
    String WRITE_BUTTON = "n:w:";

    /**
     * Appends a note to an open request.
     *
     * @return the note as stored; empty when no request has that number, it is closed, or its personal data is erased
     */
    Optional<RequestNote> add(String number, RequestNote.Kind kind, Actor author, String text, Instant at);

    /** The request's notes, oldest first (empty when none, unknown or erased). */
    List<RequestNote> notes(String number);
}
