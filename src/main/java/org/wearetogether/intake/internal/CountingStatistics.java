package org.wearetogether.intake.internal;

import java.time.Duration;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/**
 * Keeps the daily counters behind {@link org.wearetogether.intake.RequestStatistics} up with the stored requests: each
 * run counts what changed or was rated since the last, a page at a time. The first run after an upgrade counts every
 * stored request (the backfill); being keyed per event, none is counted twice.
 */
final class CountingStatistics implements Job {

    static final int PAGE = 500;

    private final MongoRequestStatistics statistics;
    private final Duration interval;

    CountingStatistics(MongoRequestStatistics statistics, Duration interval) {
        this.statistics = statistics;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "request-statistics";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(interval).firstAfter(Duration.ofSeconds(1));
    }

    @Override
    public void run(JobRun run) {
        statistics.sweep(PAGE, run::stopRequested);
    }
}
