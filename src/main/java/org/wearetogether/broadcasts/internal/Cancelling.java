package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.dialog.Person;

/** Cancels a broadcast still sending (its author or an admin): the chat's Cancel button and the console's. */
final class Cancelling {

    private static final Logger log = LoggerFactory.getLogger(Cancelling.class);

    private final MongoBroadcasts broadcasts;
    private final Sending sending;
    private final Roles roles;
    private final Audit audit;
    private final Clock clock;

    Cancelling(MongoBroadcasts broadcasts, Sending sending, Roles roles, Audit audit, Clock clock) {
        this.broadcasts = broadcasts;
        this.sending = sending;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    enum Result {
        CANCELLING,
        NOT_FOUND,
        NOT_ALLOWED,
        ALREADY_OVER
    }

    Result cancel(Person person, long id) {
        Broadcast b = broadcasts.byId(id).orElse(null);
        if (b == null) {
            return Result.NOT_FOUND;
        }
        boolean admin = roles.isAdmin(person.userId());
        if (!admin && !person.userId().equals(b.author())) {
            log.warn("Refused cancelling broadcast {} by {}", id, person.userId());
            return Result.NOT_ALLOWED;
        }
        if (!broadcasts.cancel(id, person.userId(), clock.instant())) {
            return Result.ALREADY_OVER;
        }
        sending.cancelled(id);
        audit.record(new Audit.Entry(
                person.userId(),
                Composing.authorName(person),
                "broadcast.cancel",
                "broadcast:" + id,
                admin && !person.userId().equals(b.author()) ? "author " + b.author() : null,
                clock.instant()));
        return Result.CANCELLING;
    }

    /** What the person reads, in their language. */
    static String say(Result result, long id, String language) {
        return switch (result) {
            case CANCELLING -> BroadcastTexts.CANCELLING.in(language).formatted(id);
            case NOT_FOUND -> BroadcastTexts.INACTIVE.in(language);
            case NOT_ALLOWED -> BroadcastTexts.CANCEL_NOT_ALLOWED.in(language);
            case ALREADY_OVER -> BroadcastTexts.ALREADY_OVER.in(language).formatted(id);
        };
    }
}
