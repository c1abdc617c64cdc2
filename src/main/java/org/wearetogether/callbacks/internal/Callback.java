package org.wearetogether.callbacks.internal;

import java.time.Instant;
import java.util.List;

/**
 * One "call me back", as stored in {@code callbacks}.
 *
 * @param id e.g. {@code CB-7K2Q9X1A}, from the conversation that asked for it (so asking twice stores one)
 * @param chatKey the requester's chat; null once erased
 * @param userId the requester's user id; null once erased
 * @param firstName as the messenger gave it, for the operator's greeting; null once closed
 * @param language the requester's language
 * @param phone E.164; null once closed (the cards are cleaned too)
 * @param region ISO code of the region the card is routed by
 * @param noAnswers "No answer" presses so far
 * @param dueAt when the timer of the state fires: the SLA while waiting, the retry while paused; null when closed
 * @param postOwed what the next card says ({@link Post}), null when no card is owed
 * @param cards cards posted and not yet cleaned
 * @param clean true while cards are to be edited to their stub (paused or closed)
 * @param notifyOwed true while the requester is still to be asked to call the hotline
 * @param closedBy the first name of the operator who closed it (staff only; never told to the requester)
 * @param closedById their user id
 */
record Callback(
        String id,
        String chatKey,
        String userId,
        String firstName,
        String language,
        String phone,
        String region,
        Status status,
        Outcome outcome,
        int noAnswers,
        Instant createdAt,
        Instant dueAt,
        Instant closedAt,
        Post postOwed,
        List<Card> cards,
        boolean clean,
        boolean notifyOwed,
        String closedBy,
        String closedById,
        long version) {

    Callback {
        cards = List.copyOf(cards);
    }

    enum Status {
        /** A card is out; an operator is to call. */
        WAITING,
        /** Nobody answered; the card comes back at {@code dueAt}. */
        PAUSED,
        CLOSED
    }

    enum Outcome {
        CALLED,
        NO_ANSWER,
        FILED,
        ERASED,
        EXPIRED
    }

    /** Why a card is posted. */
    enum Post {
        NEW,
        RETRY,
        LATE
    }

    /** A card in a chat. */
    record Card(String chatKey, String messageId, String language) {}

    boolean open() {
        return status != Status.CLOSED;
    }

    Builder change() {
        return new Builder(this);
    }

    /** A changed copy (the version is the store's to bump). */
    static final class Builder {
        private final Callback c;
        Status status;
        Outcome outcome;
        int noAnswers;
        Instant dueAt;
        Instant closedAt;
        Post postOwed;
        boolean clean;
        boolean notifyOwed;
        String closedBy;
        String closedById;
        String phone;
        String firstName;
        String chatKey;
        String userId;

        Builder(Callback c) {
            this.c = c;
            status = c.status;
            outcome = c.outcome;
            noAnswers = c.noAnswers;
            dueAt = c.dueAt;
            closedAt = c.closedAt;
            postOwed = c.postOwed;
            clean = c.clean;
            notifyOwed = c.notifyOwed;
            closedBy = c.closedBy;
            closedById = c.closedById;
            phone = c.phone;
            firstName = c.firstName;
            chatKey = c.chatKey;
            userId = c.userId;
        }

        Builder close(Outcome why, Instant at) {
            status = Status.CLOSED;
            outcome = why;
            closedAt = at;
            dueAt = null;
            postOwed = null;
            clean = true;
            phone = null;
            firstName = null;
            return this;
        }

        Callback build() {
            return new Callback(
                    c.id,
                    chatKey,
                    userId,
                    firstName,
                    c.language,
                    phone,
                    c.region,
                    status,
                    outcome,
                    noAnswers,
                    c.createdAt,
                    dueAt,
                    closedAt,
                    postOwed,
                    c.cards,
                    clean,
                    notifyOwed,
                    closedBy,
                    closedById,
                    c.version);
        }
    }
}
