package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.Schedule;
import org.wearetogether.testing.RunningJobs;

class TimerTickTest {

    private final AtomicInteger fired = new AtomicInteger();
    private final TimerTick job = new TimerTick(fired::incrementAndGet, Duration.ofSeconds(30));

    @Test
    void looksForDueTimersOnTheLeaseHolderOneIntervalAfterStartThenEveryInterval() {
        assertThat(job.name()).isEqualTo("conversation-timers");
        assertThat(job.schedule())
                .isEqualTo(new Schedule(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ZERO, true));
    }

    @Test
    void eachRunFiresTheDueTimers() {
        job.run(RunningJobs.DIRECT_RUN);

        assertThat(fired).hasValue(1);
    }
}
