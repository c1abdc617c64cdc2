package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Sweep;
import org.wearetogether.testing.RunningJobs;

class HqWorkTest {

    private final RunningJobs running = new RunningJobs();
    private final List<Long> sweepsAt = new CopyOnWriteArrayList<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void manyNudgesRunFewSweepsAQuarterSecondApartAndTheLastNudgeIsSweptFor() throws Exception {
        HqWork work = new HqWork(
                List.of(new Sweep("record", () -> sweepsAt.add(System.nanoTime()))),
                Duration.ofHours(1),
                running.jobs());
        running.start(work);
        awaitSweeps(1); // the first one, at start

        long nudgingUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
        int nudges = 0;
        while (System.nanoTime() < nudgingUntil) {
            work.nudge();
            nudges++;
            Thread.sleep(2);
        }
        long lastNudge = System.nanoTime();
        awaitSweepAfter(lastNudge);

        assertThat(nudges).isGreaterThan(20);
        assertThat(sweepsAt.size()).as("sweeps for %d nudges", nudges).isBetween(3, 5);
        for (int i = 1; i < sweepsAt.size(); i++) {
            assertThat(sweepsAt.get(i) - sweepsAt.get(i - 1))
                    .as("gap before sweep %d", i)
                    .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(240));
        }
    }

    @Test
    void aFailingSweepDoesNotKeepTheOthersFromRunningAndIsReportedByName() {
        HqWork work = new HqWork(
                List.of(
                        new Sweep("forward", () -> order.add("forward")),
                        new Sweep("notices", () -> {
                            throw new IllegalStateException("store down");
                        }),
                        new Sweep("timers", () -> order.add("timers"))),
                Duration.ofHours(1),
                running.jobs());

        assertThatThrownBy(() -> work.run(NOT_STOPPING))
                .hasMessageContaining("'notices'")
                .hasRootCauseMessage("store down");
        assertThat(order).containsExactly("forward", "timers");
    }

    @Test
    void stopsBetweenSweepsWhenAskedTo() {
        HqWork work = new HqWork(
                List.of(new Sweep("forward", () -> order.add("forward"))), Duration.ofHours(1), running.jobs());

        work.run(STOPPING);

        assertThat(order).isEmpty();
    }

    private static final JobRun NOT_STOPPING = run(false);
    private static final JobRun STOPPING = run(true);

    private static JobRun run(boolean stop) {
        return new JobRun() {
            @Override
            public boolean stopRequested() {
                return stop;
            }

            @Override
            public void runAgainSoon() {}
        };
    }

    private void awaitSweeps(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sweepsAt.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sweepsAt).hasSizeGreaterThanOrEqualTo(count);
    }

    private void awaitSweepAfter(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sweepsAt.get(sweepsAt.size() - 1) < nanos && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sweepsAt.get(sweepsAt.size() - 1))
                .as("a sweep after the last nudge")
                .isGreaterThan(nanos);
    }
}
