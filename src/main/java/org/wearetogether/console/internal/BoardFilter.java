package org.wearetogether.console.internal;

import java.util.Locale;
import java.util.Set;
import org.wearetogether.intake.RequestStatus;

/**
 * The board's filters as given in the page's query string; anything unknown is ignored (a filter that cannot be read
 * shows everything rather than an error).
 *
 * @param region a region code or blank (all the person may see)
 * @param status {@code submitted}, {@code accepted}, {@code in_progress}, {@code volunteer_assigned} or blank
 * @param urgency an urgency option id or blank
 * @param need a needs option id or blank
 * @param olderThanHours only requests waiting longer than this many hours (0: any)
 * @param mine only the person's own
 * @param number a request number to find, or blank
 */
public record BoardFilter(
        String region, String status, String urgency, String need, int olderThanHours, boolean mine, String number) {

    public BoardFilter {
        region = clean(region);
        status = clean(status);
        urgency = clean(urgency);
        need = clean(need);
        number = number == null || number.isBlank() ? "" : number.strip().toUpperCase(Locale.ROOT);
        olderThanHours = Math.max(0, Math.min(24 * 365, olderThanHours));
        if (!number.matches("[A-Z0-9-]{0,20}")) {
            number = "";
        }
    }

    Set<RequestStatus> statuses() {
        for (RequestStatus s : RequestStatus.values()) {
            if (s.name().equalsIgnoreCase(status)) {
                return Set.of(s);
            }
        }
        return Set.of();
    }

    /** The query string that gives this filter again (for the live refresh). */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "region", region);
        add(q, "status", status);
        add(q, "urgency", urgency);
        add(q, "need", need);
        add(q, "olderThanHours", olderThanHours == 0 ? "" : String.valueOf(olderThanHours));
        add(q, "mine", mine ? "true" : "");
        add(q, "number", number);
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (!value.isEmpty()) {
            q.append(q.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String clean(String value) {
        return value == null || !value.matches("[A-Za-z0-9_-]{1,40}") ? "" : value;
    }
}
