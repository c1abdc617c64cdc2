package org.wearetogether.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wearetogether.intake.RequestStatistics.DayCount;
import org.wearetogether.intake.RequestStatistics.Durations;
import org.wearetogether.intake.RequestStatistics.Ratings;
import org.wearetogether.intake.RequestStatistics.SlaBreach;
import org.wearetogether.intake.RequestStatistics.Statistics;
import org.wearetogether.intake.RequestStatus;

/** Adds up days' counters (as flat field paths, e.g. {@code to.DONE}) into the numbers of a period. */
final class StatisticsSum {

    private final List<DayCount> days = new ArrayList<>();
    private final Map<RequestStatus, Long> reached = new EnumMap<>(RequestStatus.class);
    private final Map<Integer, Long> take = new HashMap<>();
    private final Map<Integer, Long> done = new HashMap<>();
    private final Map<SlaBreach, Long> sla = new EnumMap<>(SlaBreach.class);
    private final Map<String, Long> reasons = new TreeMap<>();
    private final Map<Integer, Long> stars = new TreeMap<>();
    private long submitted;

    void add(LocalDate day, String region, Map<String, Long> counts) {
        Map<RequestStatus, Long> dayReached = new EnumMap<>(RequestStatus.class);
        long daySubmitted = 0;
        for (var entry : counts.entrySet()) {
            String field = entry.getKey();
            long n = entry.getValue();
            int dot = field.indexOf('.');
            String group = dot < 0 ? field : field.substring(0, dot);
            String name = dot < 0 ? "" : field.substring(dot + 1);
            switch (group) {
                case StatisticsEvents.SUBMITTED -> daySubmitted += n;
                case StatisticsEvents.REACHED ->
                    known(RequestStatus.class, name).ifPresent(status -> dayReached.merge(status, n, Long::sum));
                case StatisticsEvents.TAKE -> take.merge(bucket(name), n, Long::sum);
                case StatisticsEvents.DONE -> done.merge(bucket(name), n, Long::sum);
                case StatisticsEvents.SLA -> known(SlaBreach.class, name).ifPresent(k -> sla.merge(k, n, Long::sum));
                case StatisticsEvents.REASONS -> reasons.merge(name, n, Long::sum);
                case StatisticsEvents.STARS -> stars.merge(Integer.parseInt(name.substring(1)), n, Long::sum);
                default -> {} // a counter of a newer version: ignored
            }
        }
        submitted += daySubmitted;
        dayReached.forEach((status, n) -> reached.merge(status, n, Long::sum));
        if (daySubmitted > 0 || !dayReached.isEmpty()) {
            days.add(new DayCount(day, region, daySubmitted, dayReached));
        }
    }

    Statistics result(Set<String> regions, LocalDate from, LocalDate to) {
        days.sort(Comparator.comparing(DayCount::day).thenComparing(DayCount::regionCode));
        return new Statistics(
                regions, from, to, days, submitted, reached, durations(take), durations(done), sla, reasons, ratings());
    }

    private static Durations durations(Map<Integer, Long> histogram) {
        long count = histogram.values().stream().mapToLong(Long::longValue).sum();
        return new Durations(count, MinuteBuckets.percentile(histogram, 50), MinuteBuckets.percentile(histogram, 90));
    }

    private Ratings ratings() {
        long count = stars.values().stream().mapToLong(Long::longValue).sum();
        long total = stars.entrySet().stream()
                .mapToLong(e -> e.getKey() * e.getValue())
                .sum();
        return new Ratings(stars, count, count == 0 ? 0 : (double) total / count);
    }

    private static int bucket(String name) {
        return Integer.parseInt(name.substring(1));
    }

    private static <E extends Enum<E>> java.util.Optional<E> known(Class<E> type, String name) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
