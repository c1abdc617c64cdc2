package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wearetogether.broadcasts.BroadcastDesk;
import org.wearetogether.broadcasts.BroadcastSettings;
import org.wearetogether.chat.QuietHours;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/**
 * A draft's count and time estimate with the regions where it is night: the one computation behind
 * {@code /broadcast}'s audience message and the console's compose page.
 */
final class Estimating {

    private final LedgerBuilding building;
    private final RegionCatalogue regions;
    private final QuietHours quiet;
    private final BroadcastSettings settings;
    private final Clock clock;

    Estimating(
            LedgerBuilding building,
            RegionCatalogue regions,
            QuietHours quiet,
            BroadcastSettings settings,
            Clock clock) {
        this.building = building;
        this.regions = regions;
        this.quiet = quiet;
        this.settings = settings;
        this.clock = clock;
    }

    BroadcastDesk.Estimate estimate(Audience a, boolean urgent, String language) {
        Instant now = clock.instant();
        long count = building.count(a);
        Duration duration = Duration.ofSeconds((long) Math.ceil(count / settings.rate()));
        String estimate = BroadcastTexts.ESTIMATE
                .in(language)
                .formatted(count, BroadcastTexts.duration(duration, language), formatRate());
        List<Region> chosen = a.regions().isEmpty()
                ? regions.all()
                : a.regions().stream()
                        .flatMap(code -> regions.byCode(code).stream())
                        .toList();
        List<Region> night =
                chosen.stream().filter(r -> quiet.quiet(r.zone(), now)).toList();
        List<BroadcastDesk.Night> nights = new ArrayList<>();
        if (!urgent) {
            for (Region r : night) {
                Instant end = quiet.end(r.zone().getId(), now);
                nights.add(new BroadcastDesk.Night(
                        r.code(), r.name(language), end.atZone(r.zone()).toLocalTime(), end));
            }
        }
        Instant startsAt = urgent || night.size() < chosen.size() || nights.isEmpty()
                ? now
                : nights.stream()
                        .map(BroadcastDesk.Night::startsAtInstant)
                        .min(Comparator.naturalOrder())
                        .orElse(now);
        String text = estimate + nightText(night, urgent, language);
        return new BroadcastDesk.Estimate(count, duration, settings.rate(), List.copyOf(nights), startsAt, text);
    }

    private String nightText(List<Region> night, boolean urgent, String language) {
        if (night.isEmpty()) {
            return "";
        }
        if (urgent) {
            return "\n" + BroadcastTexts.URGENT_IGNORES_NIGHT.in(language);
        }
        List<String> names = night.stream().map(r -> r.name(language)).toList();
        String shown = names.size() > 5
                ? String.join(", ", names.subList(0, 5)) + " (+" + (names.size() - 5) + ")"
                : String.join(", ", names);
        return "\n" + BroadcastTexts.NIGHT_NOW.in(language).formatted(quiet.from(), quiet.until(), shown);
    }

    private String formatRate() {
        double rate = settings.rate();
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
    }
}
