package org.wearetogether.intake;

import java.time.Instant;
import java.util.List;

/**
 * A new help request was stored. Published once, after the request is durably stored; listeners (the regional
 * queues) must still be idempotent on {@code number} and must not rely on it alone: a crash between storing and
 * publishing loses the event, so a sweep over {@link RequestStatus#SUBMITTED} requests is the safety net.
 *
 * @param number e.g. {@code MOW-000123}
 * @param regionCode e.g. {@code RU-MOW}
 * @param urgency option id, e.g. {@code today}
 * @param needs option ids
 * @param createdAt when it was stored
 */
public record HelpRequestSubmitted(
        String number, String regionCode, String urgency, List<String> needs, Instant createdAt) {

    public HelpRequestSubmitted {
        needs = List.copyOf(needs);
    }
}
