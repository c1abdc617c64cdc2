package org.wearetogether.broadcasts.internal;

import org.wearetogether.chat.Announcement;

/**
 * A broadcast being composed, one per author, stored so that a restart keeps it.
 *
 * @param author the author's user id
 * @param no the number the broadcast will have; button data carry it, so an old draft's buttons do nothing
 * @param post the text or photo; null while the bot waits for it
 * @param audience who it will go to
 * @param urgent delivered in quiet hours too (admins only)
 */
record Draft(String author, long no, Announcement post, Audience audience, boolean urgent) {

    boolean waitingForPost() {
        return post == null;
    }

    Draft withPost(Announcement to) {
        return new Draft(author, no, to, audience, urgent);
    }

    Draft withAudience(Audience to) {
        return new Draft(author, no, post, to, urgent);
    }

    Draft withUrgent(boolean to) {
        return new Draft(author, no, post, audience, to);
    }
}
