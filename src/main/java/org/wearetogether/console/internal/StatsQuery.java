package org.wearetogether.console.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.wearetogether.intake.RequestStatistics;
import org.wearetogether.intake.RequestStatistics.Statistics;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.volunteers.VolunteerExports;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * The statistics page's query: {@link RequestStatistics} (daily counters, a few documents per day of the period) and
 * {@link VolunteerExports#countsByRegion} for the volunteers, turned into charts in the person's language.
 */
@Component
class StatsQuery {

    /** The day chart's series: what was filed, and the statuses reached that day. */
    static final List<String> SERIES = List.of("submitted", "accepted", "done", "cannot_fulfil", "cancelled");

    /** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by more than hue in the legend. */
    static final Map<String, String> COLOURS = Map.of(
            "submitted", "#0b5cad",
            "accepted", "#6f42c1",
            "done", "#1a7f37",
            "cannot_fulfil", "#b35900",
            "cancelled", "#57606a");

    private static final int DAY_WIDTH = 600;
    private static final int DAY_HEIGHT = 180;

    private final RequestStatistics statistics;
    private final VolunteerExports volunteers;
    private final RegionCatalogue regions;
    private final MessageSource messages;

    StatsQuery(
            RequestStatistics statistics,
            VolunteerExports volunteers,
            RegionCatalogue regions,
            MessageSource messages) {
        this.statistics = statistics;
        this.volunteers = volunteers;
        this.regions = regions;
        this.messages = messages;
    }

    StatsPage page(Staff staff, StatsScope scope, int days) {
        Locale locale = Locale.forLanguageTag(staff.language());
        Statistics s = statistics.lastDays(scope.regions(), days);
        List<StatsPage.BarChart> charts = new ArrayList<>();
        charts.add(times(s, locale));
        charts.add(bars(
                "outcomes",
                locale,
                List.of(
                        Map.entry("status.done", s.reached(RequestStatus.DONE)),
                        Map.entry("status.cannot_fulfil", s.reached(RequestStatus.CANNOT_FULFIL)),
                        Map.entry("status.cancelled", s.reached(RequestStatus.CANCELLED))),
                List.of(COLOURS.get("done"), COLOURS.get("cannot_fulfil"), COLOURS.get("cancelled"))));
        List<Map.Entry<String, Long>> reasons = new ArrayList<>();
        for (String code : List.of("novol", "noreach", "scope", "dup", "stale", "other")) {
            reasons.add(Map.entry("reason." + code, s.cannotFulfilReasons().getOrDefault(code, 0L)));
        }
        s.cannotFulfilReasons().forEach((code, n) -> {
            if (reasons.stream().noneMatch(r -> r.getKey().equals("reason." + code))) {
                reasons.add(Map.entry("reason.other", n));
            }
        });
        charts.add(bars("reasons", locale, reasons, List.of(COLOURS.get("cannot_fulfil"))));
        List<Map.Entry<String, Long>> sla = new ArrayList<>();
        for (RequestStatistics.SlaBreach kind : RequestStatistics.SlaBreach.values()) {
            sla.add(Map.entry(
                    "sla." + kind.name().toLowerCase(Locale.ROOT),
                    s.slaBreaches().getOrDefault(kind, 0L)));
        }
        charts.add(bars("sla", locale, sla, List.of("#8a1111")));
        List<Map.Entry<String, Long>> ratings = new ArrayList<>();
        for (int stars = 5; stars >= 1; stars--) {
            ratings.add(Map.entry("stars." + stars, s.ratings().byStars().getOrDefault(stars, 0L)));
        }
        StatsPage.BarChart rated = bars("ratings", locale, ratings, List.of("#0b5cad"));
        String average = s.ratings().count() == 0
                ? text("chart.ratings.none", locale)
                : text(
                        "chart.ratings.summary",
                        locale,
                        s.ratings().count(),
                        String.format(locale, "%.1f", s.ratings().average()));
        charts.add(new StatsPage.BarChart(
                rated.id(), rated.title(), average, rated.valueHeader(), rated.bars(), rated.height()));
        charts.add(volunteers(scope, locale));
        return new StatsPage(
                days, scope.region(), scopeName(staff, scope, locale), s.submitted(), perDay(s, locale), charts);
    }

    private String scopeName(Staff staff, StatsScope scope, Locale locale) {
        if (!scope.region().isEmpty()) {
            return regions.byCode(scope.region())
                    .map(r -> r.name(staff.language()))
                    .orElse(scope.region());
        }
        return text(scope.regions().isEmpty() ? "stats.scope.all" : "stats.scope.mine", locale);
    }

    private StatsPage.DayChart perDay(Statistics s, Locale locale) {
        Map<LocalDate, long[]> byDay = new HashMap<>();
        for (RequestStatistics.DayCount d : s.days()) {
            if (!s.regions().isEmpty() && !s.regions().contains(d.regionCode())) {
                continue;
            }
            if (s.regions().isEmpty() && !RequestStatistics.ALL_REGIONS.equals(d.regionCode())) {
                continue;
            }
            long[] counts = byDay.computeIfAbsent(d.day(), k -> new long[SERIES.size()]);
            counts[0] += d.submitted();
            counts[1] += d.reached().getOrDefault(RequestStatus.ACCEPTED, 0L);
            counts[2] += d.reached().getOrDefault(RequestStatus.DONE, 0L);
            counts[3] += d.reached().getOrDefault(RequestStatus.CANNOT_FULFIL, 0L);
            counts[4] += d.reached().getOrDefault(RequestStatus.CANCELLED, 0L);
        }
        long max = 1;
        for (long[] c : byDay.values()) {
            long sum = 0;
            for (long n : c) {
                sum += n;
            }
            max = Math.max(max, sum);
        }
        int n = (int) (s.to().toEpochDay() - s.from().toEpochDay() + 1);
        int step = Math.max(1, DAY_WIDTH / Math.max(1, n));
        int barWidth = Math.max(1, step - Math.max(1, step / 5));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", locale);
        List<StatsPage.Legend> legend = SERIES.stream()
                .map(k -> new StatsPage.Legend(k, text("series." + k, locale), COLOURS.get(k)))
                .toList();
        List<StatsPage.Day> days = new ArrayList<>();
        long busiest = 0;
        LocalDate busiestDay = null;
        int tickEvery = n <= 7 ? 1 : n <= 30 ? 7 : 15;
        for (int i = 0; i < n; i++) {
            LocalDate day = s.from().plusDays(i);
            long[] counts = byDay.getOrDefault(day, new long[SERIES.size()]);
            List<StatsPage.Segment> segments = new ArrayList<>();
            int y = DAY_HEIGHT;
            for (int k = 0; k < SERIES.size(); k++) {
                if (counts[k] == 0) {
                    continue;
                }
                int h = (int) Math.max(1, Math.round((double) counts[k] * DAY_HEIGHT / max));
                y -= h;
                segments.add(new StatsPage.Segment(
                        y, h, COLOURS.get(SERIES.get(k)), legend.get(k).label() + ": " + counts[k]));
            }
            if (counts[0] > busiest) {
                busiest = counts[0];
                busiestDay = day;
            }
            List<Long> list = new ArrayList<>();
            for (long c : counts) {
                list.add(c);
            }
            days.add(new StatsPage.Day(
                    day.format(format), i * step, barWidth, list, segments, (n - 1 - i) % tickEvery == 0));
        }
        String summary = busiestDay == null
                ? text("chart.perDay.none", locale, n)
                : text(
                        "chart.perDay.summary",
                        locale,
                        s.submitted(),
                        n,
                        s.reached(RequestStatus.DONE),
                        busiestDay.format(format),
                        busiest);
        return new StatsPage.DayChart(
                text("chart.perDay.title", locale), summary, legend, days, n * step, DAY_HEIGHT, max);
    }

    private StatsPage.BarChart times(Statistics s, Locale locale) {
        List<String[]> rows = new ArrayList<>();
        List<Duration> values = List.of(
                s.timeToTake().median(),
                s.timeToTake().p90(),
                s.timeToDone().median(),
                s.timeToDone().p90());
        List<String> labels = List.of("times.take.median", "times.take.p90", "times.done.median", "times.done.p90");
        long max = values.stream().mapToLong(Duration::toMinutes).max().orElse(0);
        List<StatsPage.Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            long minutes = values.get(i).toMinutes();
            bars.add(new StatsPage.Bar(
                    text(labels.get(i), locale),
                    minutes,
                    duration(values.get(i), locale),
                    i * 30,
                    width(minutes, max),
                    i < 2 ? "#6f42c1" : "#1a7f37"));
        }
        rows.clear();
        String summary = s.timeToTake().count() == 0 && s.timeToDone().count() == 0
                ? text("chart.times.none", locale)
                : text(
                        "chart.times.summary",
                        locale,
                        duration(s.timeToTake().median(), locale),
                        s.timeToTake().count(),
                        duration(s.timeToDone().median(), locale),
                        s.timeToDone().count());
        return new StatsPage.BarChart(
                "times", text("chart.times.title", locale), summary, text("chart.value.time", locale), bars, 120);
    }

    private StatsPage.BarChart volunteers(StatsScope scope, Locale locale) {
        Map<VolunteerStatus, Long> counts = new LinkedHashMap<>();
        volunteers
                .countsByRegion(scope.regions())
                .values()
                .forEach(m -> m.forEach((k, v) -> counts.merge(k, v, Long::sum)));
        List<Map.Entry<String, Long>> rows = new ArrayList<>();
        for (VolunteerStatus status :
                List.of(VolunteerStatus.APPROVED, VolunteerStatus.PAUSED, VolunteerStatus.PENDING)) {
            rows.add(Map.entry("volunteer." + status.name().toLowerCase(Locale.ROOT), counts.getOrDefault(status, 0L)));
        }
        StatsPage.BarChart chart = bars("volunteers", locale, rows, List.of("#1a7f37", "#57606a", "#0b5cad"));
        return new StatsPage.BarChart(
                chart.id(),
                chart.title(),
                text("chart.volunteers.summary", locale, counts.getOrDefault(VolunteerStatus.APPROVED, 0L)),
                chart.valueHeader(),
                chart.bars(),
                chart.height());
    }

    private StatsPage.BarChart bars(
            String id, Locale locale, List<Map.Entry<String, Long>> rows, List<String> colours) {
        long max = rows.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
        long total = rows.stream().mapToLong(Map.Entry::getValue).sum();
        List<StatsPage.Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long v = rows.get(i).getValue();
            bars.add(new StatsPage.Bar(
                    text(rows.get(i).getKey(), locale),
                    v,
                    String.valueOf(v),
                    i * 30,
                    width(v, max),
                    colours.get(Math.min(i, colours.size() - 1))));
        }
        return new StatsPage.BarChart(
                id,
                text("chart." + id + ".title", locale),
                text("chart.total", locale, total),
                text("chart.value.count", locale),
                bars,
                rows.size() * 30);
    }

    private static int width(long value, long max) {
        return max == 0
                ? 0
                : (int) Math.max(value == 0 ? 0 : 2, Math.round((double) value * StatsPage.BAR_SPACE / max));
    }

    private String duration(Duration d, Locale locale) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return text("age.minutes", locale, minutes);
        }
        if (minutes < 48 * 60) {
            return text("age.hours", locale, minutes / 60, minutes % 60);
        }
        return text("age.days", locale, minutes / (24 * 60), minutes / 60 % 24);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
