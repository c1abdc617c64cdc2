package org.wearetogether.console.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.wearetogether.hq.HqSettings;
import org.wearetogether.intake.RequestQueue;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.regions.RegionCatalogue;

/**
 * The board's query: the open requests of the regions the person may see, filtered, in columns by status, with the
 * SLA state from the same settings the HQ chats' timers use ({@link HqSettings}).
 */
@Component
class BoardQuery {

    /** The most requests one board shows. */
    static final int MOST = 500;

    private final RequestQueue queue;
    private final RegionCatalogue regions;
    private final HqSettings sla;
    private final MessageSource messages;
    private final Clock clock;

    BoardQuery(RequestQueue queue, RegionCatalogue regions, HqSettings sla, MessageSource messages, Clock clock) {
        this.queue = queue;
        this.regions = regions;
        this.sla = sla;
        this.messages = messages;
        this.clock = clock;
    }

    Board board(Staff staff, BoardFilter filter) {
        Set<String> visible;
        if (!filter.region().isEmpty()) {
            if (!staff.sees(filter.region())) {
                return empty();
            }
            visible = Set.of(filter.region());
        } else {
            visible = staff.seesAllRegions() ? Set.of() : staff.regions();
        }
        Instant now = clock.instant();
        List<RequestQueue.QueuedRequest> found = queue.open(new RequestQueue.Filter(
                visible,
                filter.statuses(),
                filter.urgency().isEmpty() ? null : filter.urgency(),
                filter.need().isEmpty() ? null : filter.need(),
                filter.olderThanHours() == 0 ? null : now.minus(Duration.ofHours(filter.olderThanHours())),
                filter.mine() ? staff.userId() : null,
                filter.number().isEmpty() ? null : filter.number(),
                MOST + 1));
        boolean truncated = found.size() > MOST;
        Map<RequestStatus, List<Board.Card>> byStatus = new LinkedHashMap<>();
        RequestQueue.OPEN.forEach(s -> byStatus.put(s, new ArrayList<>()));
        found.stream()
                .limit(MOST)
                .filter(q -> staff.sees(q.regionCode()))
                .forEach(q -> byStatus.get(q.status()).add(card(q, staff, now)));
        List<Board.Column> columns = new ArrayList<>();
        int total = 0;
        for (var entry : byStatus.entrySet()) {
            columns.add(new Board.Column(entry.getKey(), key(entry.getKey()), entry.getValue()));
            total += entry.getValue().size();
        }
        return new Board(columns, total, truncated);
    }

    /** The regions the person may pick in the filter, as (code, name in their language). */
    List<Map.Entry<String, String>> regionChoices(Staff staff) {
        return regions.all().stream()
                .filter(r -> staff.sees(r.code()))
                .map(r -> Map.entry(r.code(), r.name(staff.language())))
                .toList();
    }

    private Board empty() {
        List<Board.Column> columns = new ArrayList<>();
        RequestQueue.OPEN.forEach(s -> columns.add(new Board.Column(s, key(s), List.of())));
        return new Board(columns, 0, false);
    }

    static String key(RequestStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Board.Card card(RequestQueue.QueuedRequest q, Staff staff, Instant now) {
        Duration age = Duration.between(q.createdAt(), now);
        return new Board.Card(
                q.number(),
                regions.byCode(q.regionCode())
                        .map(r -> r.name(staff.language()))
                        .orElse(q.regionCode()),
                q.needs(),
                q.urgency(),
                q.ageGroup(),
                q.holder() == null ? null : q.holder().name(),
                age(age, staff.language()),
                Math.max(0, age.toMinutes()),
                sla(q, now),
                q.holder() != null && staff.userId().equals(q.holder().id()));
    }

    /** Untaken: late once re-announced, overdue once escalated; taken: overdue once the holder is reminded. */
    String sla(RequestQueue.QueuedRequest q, Instant now) {
        if (q.status() == RequestStatus.SUBMITTED) {
            Duration waiting = Duration.between(q.createdAt(), now);
            Duration reannounce = "today".equals(q.urgency()) ? sla.reannounceTodayAfter() : sla.reannounceAfter();
            if (waiting.compareTo(sla.escalateAfter()) >= 0) {
                return "overdue";
            }
            return waiting.compareTo(reannounce) >= 0 ? "late" : "ok";
        }
        Duration still = Duration.between(q.updatedAt(), now);
        if (still.compareTo(sla.remindHolderAfter()) >= 0) {
            return "overdue";
        }
        return still.compareTo(sla.remindHolderAfter().dividedBy(2)) >= 0 ? "late" : "ok";
    }

    private String age(Duration age, String language) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return messages.getMessage("age.minutes", new Object[] {minutes}, locale);
        }
        if (minutes < 48 * 60) {
            return messages.getMessage("age.hours", new Object[] {minutes / 60, minutes % 60}, locale);
        }
        return messages.getMessage("age.days", new Object[] {minutes / (24 * 60), minutes / 60 % 24}, locale);
    }
}
