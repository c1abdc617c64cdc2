package org.wearetogether.hq.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.regions.RegionCatalogue;

/**
 * While requests of a region wait with no live HQ chat anywhere to go to (neither the region's nor a federal one),
 * the admins are told once per {@link #EVERY} per region, in Russian and English, until a chat takes them.
 */
final class UnroutedReminders {

    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(UnroutedReminders.class);

    private final RoutingStatus status;
    private final MongoUnroutedMarks marks;
    private final AdminNotices admins;
    private final RegionCatalogue regions;
    private final Clock clock;

    UnroutedReminders(
            RoutingStatus status, MongoUnroutedMarks marks, AdminNotices admins, RegionCatalogue regions, Clock clock) {
        this.status = status;
        this.marks = marks;
        this.admins = admins;
        this.regions = regions;
        this.clock = clock;
    }

    /** Returns how many regions the admins were told about. */
    int sweep() {
        Map<String, Long> stranded = status.current().stranded();
        int told = 0;
        Instant now = clock.instant();
        for (var region : stranded.entrySet()) {
            if (marks.claim(region.getKey(), now, now.minus(EVERY))) {
                admins.tell(text(region.getKey(), region.getValue()));
                log.warn("{} requests of {} have no HQ chat to go to; admins told", region.getValue(), region.getKey());
                told++;
            }
        }
        return told;
    }

    private String text(String region, long count) {
        String ru = HqTexts.NOWHERE_TO_GO.in("ru").formatted(count, name(region, "ru"));
        String en = HqTexts.NOWHERE_TO_GO.in("en").formatted(count, name(region, "en"));
        return ru + "\n\n" + en;
    }

    private String name(String code, String language) {
        return regions.byCode(code)
                .map(r -> r.name(language) + " (" + code + ")")
                .orElse(code);
    }
}
