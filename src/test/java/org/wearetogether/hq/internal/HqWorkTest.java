package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HqWorkTest {

    private final HqWork work = new HqWork();
    private final List<Long> sweepsAt = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        work.close();
    }

    @Test
    void manyNudgesRunFewSweepsAQuarterSecondApartAndTheLastNudgeIsSweptFor() throws Exception {
        work.start(List.of(() -> sweepsAt.add(System.nanoTime())), Duration.ofHours(1));
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
