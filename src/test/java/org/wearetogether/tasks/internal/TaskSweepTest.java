package org.wearetogether.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.Schedule;
import org.wearetogether.testing.RunningJobs;

class TaskSweepTest {

    private final AtomicInteger sweeps = new AtomicInteger();
    private final TaskSweep job = new TaskSweep(sweeps::incrementAndGet, Duration.ofSeconds(30));

    @Test
    void sweepsOnTheLeaseHolderOneIntervalAfterStartThenEveryInterval() {
        assertThat(job.name()).isEqualTo("task-sweep");
        assertThat(job.schedule())
                .isEqualTo(new Schedule(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ZERO, true));
    }

    @Test
    void eachRunSweepsOnce() {
        job.run(RunningJobs.DIRECT_RUN);

        assertThat(sweeps).hasValue(1);
    }
}
