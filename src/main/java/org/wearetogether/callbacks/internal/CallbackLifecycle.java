package org.wearetogether.callbacks.internal;

import java.time.Instant;
import java.util.Optional;
import org.wearetogether.callbacks.CallbacksSettings;
import org.wearetogether.callbacks.internal.Callback.Outcome;
import org.wearetogether.callbacks.internal.Callback.Post;
import org.wearetogether.callbacks.internal.Callback.Status;

/**
 * What each event does to a callback: pure, so that the rules are tested without a store. The store writes the
 * result guarded by the version read, so of two operators pressing at once exactly one wins.
 */
final class CallbackLifecycle {

    /** A button on the card. */
    enum Press {
        CALLED("c"),
        NO_ANSWER("n"),
        FILED("f");

        final String code;

        Press(String code) {
            this.code = code;
        }

        static Optional<Press> of(String code) {
            for (Press p : values()) {
                if (p.code.equals(code)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    private final CallbacksSettings settings;

    CallbackLifecycle(CallbacksSettings settings) {
        this.settings = settings;
    }

    /** A new callback: waiting, its first card owed, the SLA running from now. */
    Callback created(
            String id,
            String chatKey,
            String userId,
            String firstName,
            String language,
            String phone,
            String region,
            Instant now) {
        return new Callback(
                id,
                chatKey,
                userId,
                firstName,
                language,
                phone,
                region,
                Status.WAITING,
                null,
                0,
                now,
                now.plus(settings.sla()),
                null,
                Post.NEW,
                java.util.List.of(),
                false,
                false,
                null,
                null,
                0);
    }

    /** A press on a card; empty when the callback is not waiting for one (closed, or paused after no answer). */
    Optional<Callback> pressed(Callback c, Press press, String byId, String byName, Instant now) {
        if (c.status() != Status.WAITING) {
            return Optional.empty();
        }
        Callback.Builder next = c.change();
        next.closedBy = byName;
        next.closedById = byId;
        return Optional.of(
                switch (press) {
                    case CALLED -> next.close(Outcome.CALLED, now).build();
                    case FILED -> next.close(Outcome.FILED, now).build();
                    case NO_ANSWER -> noAnswer(c, next, now);
                });
    }

    private Callback noAnswer(Callback c, Callback.Builder next, Instant now) {
        next.noAnswers = c.noAnswers() + 1;
        if (next.noAnswers >= settings.maxNoAnswers()) {
            next.notifyOwed = true;
            return next.close(Outcome.NO_ANSWER, now).build();
        }
        next.closedBy = null;
        next.closedById = null;
        next.status = Status.PAUSED;
        next.dueAt = now.plus(settings.noAnswerPause());
        next.clean = true; // the cards out say "no answer, back at …" without the phone
        next.postOwed = null;
        return next.build();
    }

    /** Its timer fired: a waiting card is late (announced again), a paused one comes back. Empty when not due. */
    Optional<Callback> due(Callback c, Instant now) {
        if (c.dueAt() == null || now.isBefore(c.dueAt()) || !c.open()) {
            return Optional.empty();
        }
        Callback.Builder next = c.change();
        if (!c.createdAt().plus(settings.maxOpen()).isAfter(now)) {
            return Optional.of(next.close(Outcome.EXPIRED, now).build());
        }
        next.postOwed = c.status() == Status.PAUSED ? Post.RETRY : Post.LATE;
        next.status = Status.WAITING;
        next.clean = false; // old cards not yet edited stay until it closes
        next.dueAt = now.plus(settings.sla());
        return Optional.of(next.build());
    }

    /** The person asked to be forgotten: closed at once, the phone and their ids gone, the cards cleaned. */
    Callback erased(Callback c, Instant now) {
        Callback.Builder next = c.change();
        if (c.open()) {
            next.close(Outcome.ERASED, now);
        }
        next.phone = null;
        next.firstName = null;
        next.chatKey = null;
        next.userId = null;
        next.notifyOwed = false;
        next.clean = !c.cards().isEmpty() || c.clean();
        return next.build();
    }

    /** The attempt a card shows: 1 for the first call, 2 after one "No answer"… */
    static int attempt(Callback c) {
        return c.noAnswers() + 1;
    }
}
