package org.wearetogether.intake;

/**
 * A note was added to a request; published in-process after it is stored. The durable record is the request's notes
 * ({@link RequestNotes#notes}): whoever must not miss one reads them from a sweep, as requester notices do.
 */
public record RequestNoteAdded(HelpRequest request, RequestNote note) {}
