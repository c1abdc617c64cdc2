package org.wearetogether.chat;

import org.wearetogether.dialog.Reply;

/**
 * A reply stored with the chat until the channel reports it delivered (or undeliverable for good). Replies of one
 * chat are owed in order: a channel sends them oldest first and never a later one before an earlier one.
 *
 * @param seq increasing within the chat; {@link FrontDesk#delivered} removes everything up to a seq
 * @param updateId the input it answers, or {@link #UNPROMPTED} for a message nobody asked for just now
 * @param reply what to say
 */
public record OwedReply(long seq, long updateId, Reply reply) {

    /** The {@code updateId} of a reply no input asked for (a reminder, a status notice). */
    public static final long UNPROMPTED = 0;

    /** Whether it answers this input. */
    public boolean answers(long inputId) {
        return updateId != UNPROMPTED && updateId == inputId;
    }
}
