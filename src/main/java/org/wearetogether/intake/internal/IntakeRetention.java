package org.wearetogether.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.ClosingReasons;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestErasure;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.jobs.RetentionRule;

/**
 * The intake's retention rules. A stale open request is closed through the lifecycle, like any other change, so the
 * requester is told (in their language, by the HQ's notices), its cards are refreshed and a CRM gets the webhook;
 * the personal data of a closed request is erased one request at a time, each announced by {@link RequestErased}.
 */
final class IntakeRetention {

    /** Who closes stale requests, in their history: the system, never a person. */
    static final Actor RETENTION = new Actor(Actor.Role.SYSTEM, "retention", "retention");

    private static final Logger log = LoggerFactory.getLogger(IntakeRetention.class);

    private final MongoHelpRequests requests;
    private final RequestLifecycle lifecycle;
    private final RequestErasure erasing;
    private final Clock clock;

    IntakeRetention(MongoHelpRequests requests, RequestLifecycle lifecycle, RequestErasure erasing, Clock clock) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.erasing = erasing;
        this.clock = clock;
    }

    /** Closes open requests without any change for {@code period}; the requester is told why. */
    RetentionRule staleOpenRequests(Duration period) {
        Due due = new Due();
        return new RetentionRule("requests-stale-open", MongoHelpRequests.COLLECTION, (now, limit) -> {
            Instant cutOff = now.minus(period);
            int closed = 0;
            for (String number : due.next(limit, most -> requests.openUnchangedSince(cutOff, most))) {
                if (!stillStale(number, cutOff)) {
                    continue; // changed since the scan: someone works on it
                }
                var outcome = lifecycle.change(
                        number, RETENTION, RequestStatus.CANCELLED, ClosingReasons.STALE, clock.instant());
                if (outcome instanceof RequestLifecycle.Changed) {
                    closed++;
                } else {
                    log.info("Stale request {} not closed: {} (it changed meanwhile)", number, outcome);
                }
            }
            return closed;
        });
    }

    /** Erases the personal data of requests closed longer than {@code period} ago ({@code TOGETHER_RETENTION}). */
    RetentionRule closedRequestsPersonalData(Duration period) {
        Due due = new Due();
        return new RetentionRule("requests-closed-personal-data", MongoHelpRequests.COLLECTION, (now, limit) -> {
            Instant cutOff = now.minus(period);
            int erased = 0;
            // a closed request never opens again: once found due it stays due (erasing checks it is not done yet)
            for (String number : due.next(limit, most -> requests.closedWithPersonalDataBefore(cutOff, most))) {
                // an erasure stored but not announced (a crash in between) is announced by the erasure-notices job
                boolean done =
                        erasing.erase(number, RETENTION, RequestErased.Why.RETENTION) instanceof RequestErasure.Erased;
                erased += done ? 1 : 0;
            }
            return erased;
        });
    }

    private boolean stillStale(String number, Instant cutOff) {
        return requests.byNumber(number)
                .filter(r -> r.status().open() && r.updatedAt().isBefore(cutOff))
                .isPresent();
    }

    /**
     * Numbers found due by one scan, handed out a batch at a time: on the embedded store a scan reads every stored
     * request (holding the collection meanwhile), so one scan serves a run's batches instead of one scan each.
     */
    static final class Due {

        /** Batches one scan finds at most; the job's default {@code max-batches}. */
        static final int BATCHES_PER_SCAN = 20;

        private final Deque<String> numbers = new ArrayDeque<>();

        List<String> next(int limit, IntFunction<List<String>> scan) {
            if (numbers.isEmpty()) {
                numbers.addAll(scan.apply(limit * BATCHES_PER_SCAN));
            }
            List<String> batch = new ArrayList<>();
            while (batch.size() < limit && !numbers.isEmpty()) {
                batch.add(numbers.poll());
            }
            return batch;
        }
    }

    /**
     * The numbers a chat filed, kept for the open-requests cap, go once every one of them has been closed: after the
     * stale period (and a day) since its last filing.
     */
    RetentionRule rememberedNumbers(Duration stalePeriod) {
        return new RetentionRule(
                "requests-by-chat",
                MongoHelpRequests.OPEN_BY_CHAT,
                (now, limit) ->
                        requests.forgetChatsFiledBefore(now.minus(stalePeriod).minus(Duration.ofDays(1)), now, limit));
    }

    /** The per-region counters behind request numbers hold no personal data and must never go: numbers stay unique. */
    static RetentionRule numberCounters() {
        return RetentionRule.keptWhileNeeded("request-number-counters", MongoRequestNumbers.COUNTERS);
    }
}
