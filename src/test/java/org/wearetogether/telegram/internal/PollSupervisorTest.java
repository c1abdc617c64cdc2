package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The poll loop runs while, and only while, this instance leads, and comes back after an unexpected error: a term
 * that throws is started again with back-off, and the status is DOWN until it runs again.
 */
class PollSupervisorTest {

    private static final TelegramSettings.Retry QUICK =
            new TelegramSettings.Retry(3, Duration.ofMillis(50), Duration.ofMillis(200), 3);

    private final SwitchableLeadership leadership = new SwitchableLeadership();
    private final List<ChannelStatus> statuses = new CopyOnWriteArrayList<>();
    private final AtomicInteger cancels = new AtomicInteger();
    private PollSupervisor supervisor;

    @AfterEach
    void stop() throws InterruptedException {
        if (supervisor != null) {
            supervisor.stop(5_000);
        }
    }

    private PollSupervisor start(PollSupervisor.Term term) {
        supervisor = new PollSupervisor(leadership, term, QUICK, statuses::add, cancels::incrementAndGet);
        supervisor.start();
        return supervisor;
    }

    @Test
    void aStandbyDoesNotPollAndSaysSo() throws InterruptedException {
        var terms = new AtomicInteger();
        start(active -> terms.incrementAndGet());
        Thread.sleep(300);
        assertThat(terms).hasValue(0);
        await().until(() -> !statuses.isEmpty());
        assertThat(statuses.get(0).standby()).isTrue();
        assertThat(statuses.get(0).up()).isTrue();
    }

    @Test
    void pollingStartsWhenTheLeaseIsGainedAndStopsWhenItIsLost() {
        var running = new AtomicInteger();
        var terms = new AtomicInteger();
        start(active -> {
            terms.incrementAndGet();
            running.incrementAndGet();
            try {
                while (active.getAsBoolean()) {
                    Thread.sleep(10);
                }
            } finally {
                running.decrementAndGet();
            }
        });
        leadership.set(true);
        await().atMost(Duration.ofSeconds(2)).until(() -> running.get() == 1);

        leadership.set(false);
        await().atMost(Duration.ofSeconds(2)).until(() -> running.get() == 0);
        assertThat(cancels.get()).as("the long poll in progress is cancelled").isPositive();
        await().until(() -> statuses.get(statuses.size() - 1).standby());

        leadership.set(true);
        await().atMost(Duration.ofSeconds(2)).until(() -> terms.get() == 2 && running.get() == 1);
    }

    @Test
    void aLoopThatDiesOfAnUnexpectedErrorIsRestartedWithBackOffAndReportedDownMeanwhile() {
        var attempts = new AtomicInteger();
        var healthyRun = new AtomicInteger();
        List<Long> startedAt = new CopyOnWriteArrayList<>();
        start(active -> {
            startedAt.add(System.nanoTime());
            if (attempts.incrementAndGet() <= 3) {
                throw new IllegalStateException("a bug in the poll loop");
            }
            healthyRun.incrementAndGet();
            while (active.getAsBoolean()) {
                Thread.sleep(10);
            }
        });
        leadership.set(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> healthyRun.get() == 1);

        List<ChannelStatus> down = statuses.stream().filter(s -> !s.up()).toList();
        assertThat(down)
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.detail())
                        .contains("poll loop failed")
                        .contains("a bug in the poll loop")
                        .contains("restarting in"));
        long firstGap = startedAt.get(1) - startedAt.get(0);
        long thirdGap = startedAt.get(3) - startedAt.get(2);
        assertThat(Duration.ofNanos(firstGap)).as("waits before restarting").isGreaterThan(Duration.ofMillis(20));
        assertThat(thirdGap).as("the wait grows").isGreaterThan(firstGap);
    }

    @Test
    void stoppingEndsTheTermInProgress() throws InterruptedException {
        var started = new AtomicInteger();
        var ended = new AtomicInteger();
        start(active -> {
            started.incrementAndGet();
            try {
                Thread.sleep(60_000); // a long poll: only the interrupt or cancel ends it
            } finally {
                ended.incrementAndGet();
            }
        });
        leadership.set(true);
        await().atMost(Duration.ofSeconds(2)).until(() -> started.get() == 1);
        supervisor.stop(5_000);
        assertThat(ended).hasValue(1);
        assertThat(supervisor.isAlive()).isFalse();
    }

    /** Leadership a test turns on and off; tells its listeners like the lease does. */
    private static final class SwitchableLeadership implements Leadership {
        private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
        private volatile boolean leader;

        void set(boolean leading) {
            leader = leading;
            listeners.forEach(l -> l.accept(leading));
        }

        @Override
        public boolean isLeader() {
            return leader;
        }

        @Override
        public String instanceId() {
            return "test";
        }

        @Override
        public void onChange(Consumer<Boolean> listener) {
            listeners.add(listener);
        }
    }
}
