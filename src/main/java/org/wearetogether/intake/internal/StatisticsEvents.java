package org.wearetogether.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wearetogether.intake.ReasonCodes;
import org.wearetogether.intake.RequestStatistics;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.StatusChange;

/**
 * What a stored request adds to the daily counters, as events each with a key of its own: the same request read
 * twice gives the same events with the same keys, so the store counts each once (see {@link MongoRequestStatistics}).
 * Every event lands on a day that never changes (the submission's, the change's, the done change's for a rating).
 */
final class StatisticsEvents {

    /** Fields of a day's counter document. */
    static final String SUBMITTED = "submitted";

    static final String REACHED = "to";
    static final String TAKE = "take";
    static final String DONE = "done";
    static final String REASONS = "reasons";
    static final String STARS = "stars";
    static final String SLA = "sla";
    static final String OTHER_REASON = "other";

    private StatisticsEvents() {}

    /**
     * A request as the counters need it: no personal data.
     *
     * @param stars the requester's rating, or null
     */
    record Facts(String number, String regionCode, Instant createdAt, List<StatusChange> history, Integer stars) {}

    /**
     * One counted event.
     *
     * @param key unique per event across the campaign, e.g. {@code MOW-000001:3}
     * @param increments field path to amount, e.g. {@code to.ACCEPTED} to 1
     */
    record Event(String regionCode, LocalDate day, String key, Map<String, Long> increments) {}

    static List<Event> of(Facts request, ReasonCodes reasons) {
        List<Event> events = new ArrayList<>();
        String number = request.number();
        events.add(new Event(request.regionCode(), day(request.createdAt()), number + ":0", Map.of(SUBMITTED, 1L)));
        boolean taken = false;
        StatusChange done = null;
        for (StatusChange change : request.history()) {
            if (change.from() == change.to()) {
                continue; // a change of holder only
            }
            Map<String, Long> increments = new LinkedHashMap<>();
            increments.put(REACHED + "." + change.to().name(), 1L);
            switch (change.to()) {
                case ACCEPTED -> {
                    if (!taken && change.from() == RequestStatus.SUBMITTED) {
                        taken = true;
                        increments.put(bucket(TAKE, request.createdAt(), change.at()), 1L);
                    }
                }
                case DONE -> {
                    done = change;
                    increments.put(bucket(DONE, request.createdAt(), change.at()), 1L);
                }
                case CANNOT_FULFIL -> increments.put(REASONS + "." + reasonCode(change.comment(), reasons), 1L);
                default -> {}
            }
            events.add(new Event(request.regionCode(), day(change.at()), number + ":" + change.seq(), increments));
        }
        if (done != null && request.stars() != null && request.stars() >= 1 && request.stars() <= 5) {
            events.add(new Event(
                    request.regionCode(), day(done.at()), number + ":r", Map.of(STARS + ".s" + request.stars(), 1L)));
        }
        return events;
    }

    static Event slaBreach(String number, String regionCode, RequestStatistics.SlaBreach kind, Instant dueAt) {
        return new Event(
                regionCode,
                day(dueAt),
                number + ":" + kind.name() + ":" + dueAt.toEpochMilli(),
                Map.of(SLA + "." + kind.name(), 1L));
    }

    /**
     * The codes statistics and exports use: the service's own ({@code stale}) and those the HQ contributes (its preset
     * reasons; {@code contributed} may be null).
     */
    static ReasonCodes known(ReasonCodes contributed) {
        return reason -> org.wearetogether.intake.ClosingReasons.STALE.equals(reason)
                ? org.wearetogether.intake.ClosingReasons.STALE
                : contributed == null ? null : contributed.codeOf(reason);
    }

    /** A code, never the typed words. */
    static String reasonCode(String reason, ReasonCodes reasons) {
        String code = reason == null ? null : reasons.codeOf(reason);
        return code == null || !code.matches("[a-z_]{1,20}") ? OTHER_REASON : code;
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, RequestStatistics.ZONE);
    }

    private static String bucket(String field, Instant from, Instant to) {
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        return field + ".b" + MinuteBuckets.bucket(minutes);
    }
}
