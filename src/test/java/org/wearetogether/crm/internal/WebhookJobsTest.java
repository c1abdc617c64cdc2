package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wearetogether.crm.CrmSettings;
import org.wearetogether.jobs.Schedule;
import org.wearetogether.testing.RunningJobs;

/** The two webhook jobs: the sweep (the safety net, first at start-up) and the dispatch of due deliveries. */
class WebhookJobsTest {

    private final CrmSettings settings = new CrmSettings(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofHours(1),
            java.util.List.of(),
            Duration.ofDays(1));
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void theSweepRunsAtStartUpToRecoverWhatACrashLostThenAtItsInterval() {
        WebhookSweep sweep = new WebhookSweep(calls::incrementAndGet, settings);

        assertThat(sweep.name()).isEqualTo("webhook-sweep");
        assertThat(sweep.schedule()).isEqualTo(Schedule.every(Duration.ofMinutes(5)));
        sweep.run(RunningJobs.DIRECT_RUN);
        assertThat(calls).hasValue(1);
    }

    @Test
    void theDispatchSendsDueDeliveriesEveryDispatchIntervalOnTheLeaseHolder() {
        WebhookDispatch dispatch = new WebhookDispatch(calls::incrementAndGet, settings);

        assertThat(dispatch.name()).isEqualTo("webhook-dispatch");
        assertThat(dispatch.schedule())
                .isEqualTo(new Schedule(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ZERO, true));
        dispatch.run(RunningJobs.DIRECT_RUN);
        assertThat(calls).hasValue(1);
    }
}
