package org.wearetogether.broadcasts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.JobRun;

class BroadcastSendingTest {

    private final SendingHarness h = new SendingHarness(SendingHarness.NOON_IN_MOSCOW);
    private final AtomicInteger again = new AtomicInteger();
    private final JobRun run = new JobRun() {
        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void runAgainSoon() {
            again.incrementAndGet();
        }
    };

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aRunSendsForABoundedSliceAndAsksForTheNextAtOnceWhileWorkIsLeft() throws Exception {
        h.volunteers(100, "RU-MOW");
        h.confirmToAll();
        BroadcastSending job = new BroadcastSending(h.sending(SendingHarness.settings(40)));

        long start = System.nanoTime();
        job.run(run);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isBetween(BroadcastSending.SLICE, BroadcastSending.SLICE.plusMillis(500));
        assertThat(h.channel.calls.size()).as("the rate's worth of a slice").isBetween(20, 60);
        assertThat(again).hasValue(1);
    }

    @Test
    void aRunWithNothingToSendEndsAtOnceAndWaitsForTheIntervalOrANudge() throws Exception {
        BroadcastSending job = new BroadcastSending(h.sending(SendingHarness.settings(40)));

        long start = System.nanoTime();
        job.run(run);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(again).hasValue(0);
        assertThat(job.schedule().interval()).isEqualTo(Sending.IDLE);
        assertThat(job.schedule().onceAcrossInstances()).isTrue();
    }
}
