package org.wearetogether.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * When a job runs.
 *
 * @param interval the wait from the end of one run to the start of the next
 * @param firstRunAfter the wait before the first run (after start, or after this instance gains the lease)
 * @param nudgeGap the least time from the start of one run to the start of a nudged one
 * @param onceAcrossInstances true when only the lease holder may run it (sends, sweeps, timers); false for work
 *     that every instance does for itself (its own gauges)
 */
public record Schedule(Duration interval, Duration firstRunAfter, Duration nudgeGap, boolean onceAcrossInstances) {

    public Schedule {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(firstRunAfter, "firstRunAfter");
        Objects.requireNonNull(nudgeGap, "nudgeGap");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a job's interval must be positive, not " + interval);
        }
    }

    /** Every {@code interval}, first at once, nudged runs at once, on the lease holder only. */
    public static Schedule every(Duration interval) {
        return new Schedule(interval, Duration.ZERO, Duration.ZERO, true);
    }

    public Schedule firstAfter(Duration wait) {
        return new Schedule(interval, wait, nudgeGap, onceAcrossInstances);
    }

    public Schedule nudgedAtMostEvery(Duration gap) {
        return new Schedule(interval, firstRunAfter, gap, onceAcrossInstances);
    }

    public Schedule onEveryInstance() {
        return new Schedule(interval, firstRunAfter, nudgeGap, false);
    }
}
