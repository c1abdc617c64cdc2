package org.wearetogether.volunteers.internal;

import java.time.Instant;
import java.util.List;
import org.wearetogether.volunteers.Volunteer;

/**
 * A volunteer's profile with what the approval keeps about it.
 *
 * @param volunteer the profile itself
 * @param version bumped by every write; writes are guarded on it
 * @param round bumped each time the profile goes to the coordinators (PENDING); card buttons carry it, so a card of
 *     an earlier round changes nothing
 * @param conversationId the last sign-up conversation applied (a re-submission of it changes nothing)
 * @param editRequestedAt when the volunteer pressed Edit (the next /volunteer runs the sign-up again), or null
 * @param cardsOwed the coordinators' cards of this round are not all posted yet
 * @param cards the cards posted for this round
 * @param noticeOwed a decision is made but the volunteer is not told yet (and the other cards not edited)
 * @param decidedBy who decided, as shown on the cards (null while pending)
 * @param decidedById their user id
 * @param decidedOnConsole decided in the web console: no card was edited as the decider pressed
 * @param lastActiveAt the volunteer's last activity (null: none recorded)
 */
record Profile(
        Volunteer volunteer,
        int version,
        int round,
        String conversationId,
        Instant editRequestedAt,
        boolean cardsOwed,
        List<CardRef> cards,
        boolean noticeOwed,
        String decidedBy,
        String decidedById,
        boolean decidedOnConsole,
        Instant lastActiveAt) {

    Profile {
        cards = List.copyOf(cards);
    }

    /** One posted approval card: the chat it is in and its message id there. */
    record CardRef(String chatKey, String messageId) {}
}
