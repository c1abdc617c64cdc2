package org.wearetogether.intake.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/**
 * Keeps the gauge {@code together.requests} (tags {@code status}, {@code region}) fresh: counts the requests at an
 * interval rather than at every scrape, since on the embedded store a count reads every request. Every instance
 * counts for its own gauge, so a standby's metrics are as complete as the leader's.
 */
final class RequestCounts implements Job {

    private final MongoHelpRequests requests;
    private final Duration interval;
    private final MultiGauge gauge;

    RequestCounts(MongoHelpRequests requests, Duration interval, MeterRegistry meters) {
        this.requests = requests;
        this.interval = interval;
        this.gauge = MultiGauge.builder("together.requests")
                .description("Help requests by status and region, as counted at the last run of request-counts")
                .register(meters);
    }

    @Override
    public String name() {
        return "request-counts";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(interval).onEveryInstance();
    }

    @Override
    public void run(JobRun run) {
        gauge.register(
                requests.countByStatusAndRegion().stream()
                        .map(c -> MultiGauge.Row.of(Tags.of("status", c.status(), "region", c.region()), c.count()))
                        .toList(),
                true);
    }
}
