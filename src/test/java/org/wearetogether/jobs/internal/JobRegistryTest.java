package org.wearetogether.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;
import org.wearetogether.testing.RunningJobs;

class JobRegistryTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private RunningJobs running = new RunningJobs();

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void runsAPeriodicJobAgainAfterEachInterval() throws Exception {
        TestJob job = new TestJob("tick", Schedule.every(Duration.ofMillis(50)));
        running.start(job);

        await(() -> job.runs.size() >= 4);
        for (int i = 1; i < job.runs.size(); i++) {
            assertThat(job.runs.get(i) - job.runs.get(i - 1)).isGreaterThanOrEqualTo(millis(45));
        }
        assertThat(running.meters.timer("together.job.duration", "job", "tick").count())
                .isGreaterThanOrEqualTo(4);
        assertThat(running.meters
                        .get("together.job.last.run")
                        .tag("job", "tick")
                        .gauge()
                        .value())
                .isGreaterThan(0);
    }

    @Test
    void aNudgeRunsAJobSoonInsteadOfAtItsInterval() throws Exception {
        TestJob job = new TestJob("nudged", Schedule.every(Duration.ofHours(1)).firstAfter(Duration.ofHours(1)));
        running.start(job);
        Thread.sleep(100);
        assertThat(job.runs).isEmpty();

        long nudged = System.nanoTime();
        running.jobs().nudge("nudged");

        await(() -> job.runs.size() == 1);
        assertThat(job.runs.get(0) - nudged).isLessThan(millis(200));
    }

    @Test
    void aFailingJobIsTriedAgainWithGrowingWaitsAndHealthGoesDownUntilItSucceeds() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        TestJob job = new TestJob("flaky", Schedule.every(Duration.ofMillis(10)), () -> {
            if (broken.get()) {
                throw new IllegalStateException("store down");
            }
        });
        running.start(job);

        await(() -> job.runs.size() >= 4);
        // 10 ms interval, yet tries follow the back-off: 50 ms (+/- jitter), then doubling
        assertThat(job.runs.get(1) - job.runs.get(0)).isGreaterThanOrEqualTo(millis(25));
        assertThat(job.runs.get(3) - job.runs.get(2)).isGreaterThan(job.runs.get(1) - job.runs.get(0));
        assertThat(running.meters
                        .counter("together.job.failures", "job", "flaky")
                        .count())
                .isGreaterThanOrEqualTo(4);

        await(() -> health().getStatus().equals(Status.DOWN)); // failing for longer than unhealthy-after (500 ms)
        assertThat(jobDetails("flaky")).containsEntry("state", "failing").containsKey("failingSince");
        assertThat(String.valueOf(jobDetails("flaky").get("lastError"))).contains("store down");

        broken.set(false);
        await(() -> health().getStatus().equals(Status.UP));
        assertThat(jobDetails("flaky")).doesNotContainKey("failuresInARow");
    }

    @Test
    void aNudgeTriesAFailingJobBeforeItsBackOffEndsButNotSoonerThanTheFirstWait() throws Exception {
        running.close();
        running = new RunningJobs(new JobsSettings(
                Duration.ofMillis(100),
                Duration.ofHours(1),
                Duration.ofMinutes(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofMillis(50)));
        AtomicBoolean broken = new AtomicBoolean(true);
        TestJob job = new TestJob("flaky", Schedule.every(Duration.ofHours(1)), () -> {
            if (broken.get()) {
                throw new IllegalStateException("store down");
            }
        });
        running.start(job);
        await(() -> job.runs.size() >= 5); // back-off: 100, 200, 400, 800 ms (+/- 50)
        broken.set(false);

        long nudged = System.nanoTime(); // the next try would come about 1.6 s later
        running.jobs().nudge("flaky");
        running.jobs().nudge("flaky");

        await(() -> job.runs.size() >= 6);
        assertThat(job.runs.get(5) - nudged).isLessThan(millis(1_000));
        assertThat(job.runs.get(5) - job.runs.get(4)).isGreaterThanOrEqualTo(millis(95));
    }

    @Test
    void aJobWhoseThreadDiedIsStartedAgainByTheWatchdog() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TestJob job = new TestJob("fragile", Schedule.every(Duration.ofMillis(20)), () -> {
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError("simulated");
            }
        });
        running.start(job);

        await(() -> job.runs.size() >= 3);
        assertThat(running.meters
                        .counter("together.job.restarts", "job", "fragile")
                        .count())
                .isEqualTo(1);
        assertThat(running.meters
                        .counter("together.job.failures", "job", "fragile")
                        .count())
                .isEqualTo(1);
        assertThat(health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void healthIsDownWhileAJobsThreadIsGone() throws Exception {
        running.close();
        running = new RunningJobs(settings(Duration.ofHours(1))); // a watchdog that will not come in time
        TestJob job = new TestJob("fragile", Schedule.every(Duration.ofMillis(20)), () -> {
            throw new StackOverflowError("simulated");
        });
        running.start(job);

        await(() -> health().getStatus().equals(Status.DOWN));
        assertThat(jobDetails("fragile")).containsEntry("state", "dead");
    }

    @Test
    void leaseOnlyJobsRunWhileThisInstanceLeadsAndLocalJobsAlways() throws Exception {
        running.leadership.set(false);
        TestJob once = new TestJob("once", Schedule.every(Duration.ofMillis(20)));
        TestJob local =
                new TestJob("local", Schedule.every(Duration.ofMillis(20)).onEveryInstance());
        running.start(once, local);

        await(() -> local.runs.size() >= 3);
        assertThat(once.runs).isEmpty();
        assertThat(jobDetails("once")).containsEntry("state", "standby");
        assertThat(health().getStatus()).isEqualTo(Status.UP);

        running.leadership.set(true);
        await(() -> once.runs.size() >= 3);

        running.leadership.set(false);
        Thread.sleep(60); // a run under way may end
        int afterLoss = once.runs.size();
        Thread.sleep(200);
        assertThat(once.runs).hasSize(afterLoss);
        assertThat(local.runs.size()).isGreaterThan(afterLoss);
    }

    @Test
    void aLongRunIsAskedToStopWhenTheLeaseIsLost() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawStop = new AtomicBoolean();
        Job slice = new Job() {
            public String name() {
                return "slice";
            }

            public Schedule schedule() {
                return Schedule.every(Duration.ofHours(1));
            }

            public void run(JobRun run) throws InterruptedException {
                started.countDown();
                long until = System.nanoTime() + WAIT.toNanos();
                while (!run.stopRequested() && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
                sawStop.set(run.stopRequested());
            }
        };
        running.start(slice);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        running.leadership.set(false);

        await(sawStop::get);
    }

    @Test
    void stopLetsARunningJobFinishAndStartsNoOther() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        TestJob job = new TestJob("slow", Schedule.every(Duration.ofMillis(1)), () -> {
            started.countDown();
            sleep(300);
            finished.set(true);
        });
        running.start(job);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        running.close();

        assertThat(finished).isTrue();
        int runs = job.runs.size();
        Thread.sleep(100);
        assertThat(job.runs).hasSize(runs);
        assertThat(jobDetails("slow")).containsEntry("state", "stopped");
    }

    @Test
    void stopInterruptsAJobThatOverrunsTheStopWait() throws Exception {
        running.close();
        running = new RunningJobs(new JobsSettings(
                Duration.ofMillis(50),
                Duration.ofMillis(400),
                Duration.ofMillis(500),
                Duration.ofSeconds(5),
                Duration.ofMillis(200),
                Duration.ofMillis(50)));
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Job stubborn = new Job() {
            public String name() {
                return "stubborn";
            }

            public Schedule schedule() {
                return Schedule.every(Duration.ofHours(1));
            }

            public void run(JobRun run) {
                started.countDown();
                try {
                    Thread.sleep(WAIT.toMillis());
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            }
        };
        running.start(stubborn);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        long before = System.nanoTime();
        running.close();

        assertThat(System.nanoTime() - before).isBetween(millis(150), millis(1_000));
        await(interrupted::get);
    }

    private Health health() {
        return new JobsHealth(running.registry(), running.leadership).health();
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> jobDetails(String job) {
        return (java.util.Map<String, Object>) health().getDetails().get(job);
    }

    private static JobsSettings settings(Duration watchEvery) {
        return new JobsSettings(
                Duration.ofMillis(50),
                Duration.ofMillis(400),
                Duration.ofMillis(500),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                watchEvery);
    }

    private static long millis(long ms) {
        return TimeUnit.MILLISECONDS.toNanos(ms);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(5);
        }
    }

    /** A job that records when each run started, then does what it is given. */
    private static final class TestJob implements Job {
        final List<Long> runs = new CopyOnWriteArrayList<>();
        private final String name;
        private final Schedule schedule;
        private final Runnable work;

        TestJob(String name, Schedule schedule) {
            this(name, schedule, () -> {});
        }

        TestJob(String name, Schedule schedule, Runnable work) {
            this.name = name;
            this.schedule = schedule;
            this.work = work;
        }

        public String name() {
            return name;
        }

        public Schedule schedule() {
            return schedule;
        }

        public void run(JobRun run) {
            runs.add(System.nanoTime());
            work.run();
        }
    }
}
