package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.time.Instant;
import org.wearetogether.access.Audit;
import org.wearetogether.chat.Announcement;
import org.wearetogether.dialog.Person;

/**
 * Starts a broadcast: the one path behind the chat's Send button and the console's Start. The audience must be the
 * author's to reach and not empty; the broadcast is stored under its number (a replay stores nothing new), audited
 * once, and the sender nudged.
 */
final class Starting {

    private final MongoBroadcasts broadcasts;
    private final LedgerBuilding building;
    private final Audit audit;
    private final Sending sending;
    private final Clock clock;

    Starting(MongoBroadcasts broadcasts, LedgerBuilding building, Audit audit, Sending sending, Clock clock) {
        this.broadcasts = broadcasts;
        this.building = building;
        this.audit = audit;
        this.sending = sending;
        this.clock = clock;
    }

    enum Result {
        STARTED,
        /** A broadcast with this number exists already (a replayed confirmation). */
        REPLAYED,
        NOT_YOUR_REGIONS,
        NOBODY
    }

    record Start(Result result, long count) {}

    /**
     * @param via where it was confirmed, for the audit ({@code null}: the chat)
     * @param requestId the console's form submission (null from the chat)
     */
    Start start(
            Person author,
            String language,
            long no,
            Announcement post,
            Audience audience,
            boolean urgent,
            Staff staff,
            String via,
            String requestId) {
        if (!staff.mayReach(audience)) {
            return new Start(Result.NOT_YOUR_REGIONS, 0);
        }
        long count = building.count(audience);
        if (count == 0) {
            return new Start(Result.NOBODY, 0);
        }
        Instant now = clock.instant();
        boolean reallyUrgent = urgent && staff.admin();
        Broadcast broadcast = new Broadcast(
                no,
                author.userId(),
                Composing.authorName(author),
                author.chatKey(),
                language,
                post,
                audience,
                reallyUrgent,
                Broadcast.State.SENDING,
                count,
                0,
                null,
                false,
                null,
                Broadcast.Report.EMPTY,
                now,
                null,
                false);
        boolean created = broadcasts.create(broadcast, requestId);
        if (created) {
            audit.record(new Audit.Entry(
                    author.userId(),
                    Composing.authorName(author),
                    "broadcast.confirm",
                    "broadcast:" + no,
                    describe(audience, reallyUrgent, count) + (via == null ? "" : " via=" + via),
                    now));
        }
        sending.nudge();
        return new Start(created ? Result.STARTED : Result.REPLAYED, count);
    }

    private static String describe(Audience a, boolean urgent, long count) {
        return (a.coordinators() ? "coordinators" : "volunteers") + " regions="
                + (a.regions().isEmpty() ? "all" : a.regions())
                + (a.coordinators() ? "" : " skills=" + a.skills() + " statuses=" + a.statuses())
                + " urgent=" + urgent + " recipients=" + count;
    }
}
