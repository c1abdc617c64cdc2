package org.wearetogether.chat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The nightly window, in each recipient's own time zone, when nothing but urgent messages is delivered: broadcasts
 * and the HQ's messages to requesters wait for its end. Set by {@code together.broadcasts.quiet-from}, {@code
 * quiet-until}; the broadcasts module publishes the one instance as a bean.
 */
public final class QuietHours {

    public static final ZoneId FALLBACK_ZONE = ZoneId.of("Europe/Moscow");

    private final LocalTime from;
    private final LocalTime until;

    public QuietHours(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime until() {
        return until;
    }

    public boolean quiet(String zone, Instant now) {
        return quiet(zoneOf(zone), now);
    }

    public boolean quiet(ZoneId zone, Instant now) {
        if (from.equals(until)) {
            return false;
        }
        LocalTime local = now.atZone(zone).toLocalTime();
        return from.isBefore(until)
                ? !local.isBefore(from) && local.isBefore(until)
                : !local.isBefore(from) || local.isBefore(until);
    }

    /** The next end of the quiet hours in the zone after {@code now}. */
    public Instant end(String zone, Instant now) {
        ZonedDateTime local = now.atZone(zoneOf(zone));
        ZonedDateTime end = local.with(until).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }

    public static ZoneId zoneOf(String zone) {
        try {
            return zone == null ? FALLBACK_ZONE : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return FALLBACK_ZONE;
        }
    }
}
