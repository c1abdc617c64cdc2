package org.wearetogether.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The campaign's numbers, per region and for the whole campaign, for a period of days: requests per day by region
 * and status, time to take and time to done (median and 90th percentile), SLA breaches, outcomes and cannot-fulfil
 * reasons, ratings. Answered from small daily counters per region and day (one document each, no personal data), so
 * a question reads at most one document per region and day of the period, however long the history.
 *
 * <p>Each number is counted on the day (in {@link #ZONE}) its event happened: a request on the day it was submitted,
 * a status change on its day, a time to take on the day of the take, a rating on the day the request was done. The
 * counters follow the stored requests within about a sweep interval ({@code together.statistics.sweep-interval}).
 */
public interface RequestStatistics {

    /** The region code of the whole campaign's days in {@link Statistics#days()}. */
    String ALL_REGIONS = "*";

    /** Days begin and end in Moscow time, the campaign's clock. */
    ZoneId ZONE = ZoneId.of("Europe/Moscow");

    /**
     * The numbers of {@code regions} (empty: every region, the whole campaign) from day {@code from} to day {@code to},
     * both included.
     */
    Statistics of(Set<String> regions, LocalDate from, LocalDate to);

    /** The numbers of the last {@code days} days, today included. */
    Statistics lastDays(Set<String> regions, int days);

    /**
     * An SLA timer of the HQ acted on a request (re-announced it, escalated it, reminded its holder). Counted once per
     * request, kind and due time, however often it is reported.
     */
    void slaBreached(String number, String regionCode, SlaBreach kind, Instant dueAt);

    /** The SLA events the HQ's timers report. */
    enum SlaBreach {
        /** An untaken request was announced again in its HQ chats. */
        REANNOUNCED,
        /** An untaken request went to the federal chat. */
        ESCALATED,
        /** A taken request had no change for long; its holder was reminded. */
        HOLDER_REMINDED
    }

    /**
     * The numbers of a period.
     *
     * @param regions the regions asked for (empty: every region)
     * @param from the first day
     * @param to the last day
     * @param days per day and region, the requests submitted and the status changes (only days with any); for the
     *     whole campaign per day, with the region {@link #ALL_REGIONS}
     * @param submitted requests submitted in the period
     * @param reached status changes in the period by the status reached (ACCEPTED counts every take, SUBMITTED every
     *     return to the queue; DONE, CANNOT_FULFIL and CANCELLED are the outcomes)
     * @param timeToTake from submission to the first take, of the requests first taken in the period
     * @param timeToDone from submission to done, of the requests done in the period
     * @param slaBreaches SLA timer events in the period
     * @param cannotFulfilReasons the reasons of the requests that could not be fulfilled in the period, by code: a
     *     preset reason's id ({@code novol}, {@code noreach}, {@code scope}, {@code dup}), {@code stale}, or
     *     {@code other} for any typed reason (never kept as text)
     * @param ratings the requesters' ratings of the requests done in the period
     */
    record Statistics(
            Set<String> regions,
            LocalDate from,
            LocalDate to,
            List<DayCount> days,
            long submitted,
            Map<RequestStatus, Long> reached,
            Durations timeToTake,
            Durations timeToDone,
            Map<SlaBreach, Long> slaBreaches,
            Map<String, Long> cannotFulfilReasons,
            Ratings ratings) {

        public Statistics {
            regions = Set.copyOf(regions);
            days = List.copyOf(days);
            reached = Map.copyOf(reached);
            slaBreaches = Map.copyOf(slaBreaches);
            cannotFulfilReasons = Map.copyOf(cannotFulfilReasons);
        }

        /** How many of the period's status changes reached {@code status}. */
        public long reached(RequestStatus status) {
            return reached.getOrDefault(status, 0L);
        }
    }

    /**
     * One region's day.
     *
     * @param day the day, in {@link #ZONE}
     * @param regionCode the region
     * @param submitted requests submitted that day
     * @param reached status changes that day by the status reached
     */
    record DayCount(LocalDate day, String regionCode, long submitted, Map<RequestStatus, Long> reached) {
        public DayCount {
            reached = Map.copyOf(reached);
        }
    }

    /**
     * Durations in minutes, from a histogram whose buckets are at most 1/8 wide (exact under 16 minutes): a
     * percentile is the middle of the bucket that holds it.
     *
     * @param count how many durations
     * @param median the 50th percentile (zero when none)
     * @param p90 the 90th percentile (zero when none)
     */
    record Durations(long count, Duration median, Duration p90) {}

    /**
     * Ratings of 1 to 5 stars.
     *
     * @param byStars how many of each (keys 1-5, only those given)
     * @param count how many in all
     * @param average the mean (0 when none)
     */
    record Ratings(Map<Integer, Long> byStars, long count, double average) {
        public Ratings {
            byStars = Map.copyOf(byStars);
        }
    }
}
