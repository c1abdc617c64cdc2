package org.wearetogether.broadcasts.internal;

import java.time.Instant;
import org.wearetogether.chat.Announcement;

/**
 * A confirmed broadcast as stored in {@code broadcasts}; its recipients are in the ledger.
 *
 * @param id its number, shown to people
 * @param author the user id of who confirmed it
 * @param authorName how to show the author
 * @param authorChat the author's private chat key, where progress goes
 * @param language the author's language
 * @param post what is sent
 * @param audience who it goes to
 * @param urgent delivered in quiet hours too
 * @param state where it stands
 * @param expected how many recipients the audience had at confirmation (the ledger may find a few more or less)
 * @param built how many ledger chunks exist
 * @param cursor the last volunteer user id put in the ledger (null before the first)
 * @param complete whether the ledger holds every recipient
 * @param progressMessage the id of the author's progress message (null before it is posted)
 * @param report the last counts
 * @param createdAt when it was confirmed
 * @param finishedAt when it was done or cancelled (null before)
 * @param reported whether the final report was posted
 */
record Broadcast(
        long id,
        String author,
        String authorName,
        String authorChat,
        String language,
        Announcement post,
        Audience audience,
        boolean urgent,
        State state,
        long expected,
        int built,
        String cursor,
        boolean complete,
        String progressMessage,
        Report report,
        Instant createdAt,
        Instant finishedAt,
        boolean reported) {

    enum State {
        SENDING,
        DONE,
        CANCELLED
    }

    /** Counts of recipients by what became of them. */
    record Report(int total, int sent, int failed, int unreachable, int optedOut, int held, int remaining) {
        static final Report EMPTY = new Report(0, 0, 0, 0, 0, 0, 0);
    }

    Broadcast built(int to, String newCursor, boolean nowComplete) {
        return new Broadcast(
                id,
                author,
                authorName,
                authorChat,
                language,
                post,
                audience,
                urgent,
                state,
                expected,
                to,
                newCursor,
                nowComplete,
                progressMessage,
                report,
                createdAt,
                finishedAt,
                reported);
    }

    Broadcast withProgressMessage(String messageId) {
        return new Broadcast(
                id,
                author,
                authorName,
                authorChat,
                language,
                post,
                audience,
                urgent,
                state,
                expected,
                built,
                cursor,
                complete,
                messageId,
                report,
                createdAt,
                finishedAt,
                reported);
    }
}
