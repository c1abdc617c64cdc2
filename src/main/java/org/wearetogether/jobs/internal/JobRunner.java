package org.wearetogether.jobs.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/**
 * Runs one job on a thread of its own, so that a slow job never delays another: waits for the next run (its
 * interval, a nudge, or the back-off after a failure), runs it, records the outcome. A job that throws is tried again
 * with exponential back-off; an {@link Error} ends the thread, and the registry's watchdog starts a new one.
 */
final class JobRunner implements JobRun {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Job job;
    private final Schedule schedule;
    private final JobsSettings settings;
    private final Clock clock;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    // written under lock
    private volatile boolean started;
    private boolean nudged;
    private boolean again;
    private long nextAt;
    private long lastStartAt;
    private BackOffExecution backOff;
    private Thread thread;

    private volatile boolean stopping;
    private volatile boolean leading;
    private volatile boolean running;
    private volatile long runStartedAt;
    private volatile Instant lastRun;
    private volatile Duration lastDuration;
    private volatile int failuresInARow;
    private volatile long failingSinceNanos;
    private volatile Instant failingSince;
    private volatile String lastError;

    private final JobMeters meters;

    JobRunner(Job job, JobsSettings settings, Clock clock, MeterRegistry meters) {
        this.job = job;
        this.schedule = job.schedule();
        this.settings = settings;
        this.clock = clock;
        this.lastStartAt = System.nanoTime() - schedule.nudgeGap().toNanos();
        this.meters = JobMeters.register(job.name(), this, meters);
    }

    String name() {
        return job.name();
    }

    boolean running() {
        return running;
    }

    /** When the last run ended, in seconds since the epoch; NaN before the first. */
    double lastRunSeconds() {
        Instant last = lastRun;
        return last == null ? Double.NaN : last.getEpochSecond();
    }

    void start(boolean leader) {
        lock.lock();
        try {
            if (started) {
                return;
            }
            started = true;
            leading = leader;
            nextAt = System.nanoTime() + schedule.firstRunAfter().toNanos();
            startThread();
        } finally {
            lock.unlock();
        }
    }

    /** Lease-only jobs start (after their first-run wait) when this instance gains the lease, and stop when it loses it. */
    void leadershipChanged(boolean leader) {
        if (!schedule.onceAcrossInstances()) {
            return;
        }
        lock.lock();
        try {
            if (leader && !leading) {
                nextAt = System.nanoTime() + schedule.firstRunAfter().toNanos();
            }
            leading = leader;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void runAgainSoon() {
        lock.lock();
        try {
            again = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean stopRequested() {
        return stopping || !active();
    }

    private boolean active() {
        return leading || !schedule.onceAcrossInstances();
    }

    /** Takes no further run; a run under way sees {@link #stopRequested()}. */
    void stop() {
        lock.lock();
        try {
            stopping = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the thread to end, up to the deadline ({@link System#nanoTime()}); true when it ended. */
    boolean awaitStopped(long deadline) throws InterruptedException {
        Thread t = currentThread();
        if (t == null) {
            return true;
        }
        long left = deadline - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.timedJoin(t, left);
        }
        return !t.isAlive();
    }

    void interrupt() {
        Thread t = currentThread();
        if (t != null) {
            t.interrupt();
        }
    }

    /** The watchdog's check: a job that should run and whose thread is gone gets a new thread. */
    boolean restartIfDead() {
        lock.lock();
        try {
            if (!started || stopping || thread.isAlive()) {
                return false;
            }
            log.error("The thread of job {} died; starting it again", job.name());
            meters.restarts().increment();
            startThread();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The job as health shows it; unhealthy while it should run and does not. */
    JobStatus status() {
        Thread t = currentThread();
        boolean dead = started && !stopping && (t == null || !t.isAlive());
        long now = System.nanoTime();
        boolean failingTooLong = failuresInARow > 0
                && active()
                && !stopping
                && now - failingSinceNanos > settings.unhealthyAfter().toNanos();
        boolean stuck = running && now - runStartedAt > settings.stuckAfter().toNanos();
        long restarts = (long) meters.restarts().count();
        return new JobStatus(
                state(dead),
                !dead && !stuck && !failingTooLong,
                lastRun,
                lastDuration,
                failuresInARow,
                failingSince,
                lastError,
                restarts);
    }

    private String state(boolean dead) {
        if (!started) {
            return "not started";
        }
        if (stopping) {
            return "stopped";
        }
        if (dead) {
            return "dead";
        }
        if (running) {
            return "running";
        }
        if (!active()) {
            return "standby";
        }
        return failuresInARow > 0 ? "failing" : "waiting";
    }

    private Thread currentThread() {
        lock.lock();
        try {
            return thread;
        } finally {
            lock.unlock();
        }
    }

    private void startThread() {
        Thread t = new Thread(this::loop, "job-" + job.name());
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((dead, e) -> log.error("Job {} ended its thread", job.name(), e));
        thread = t;
        t.start();
    }

    private void loop() {
        while (awaitTurn()) {
            runOnce();
        }
    }

    /** Waits until a run is due and this instance may run it; false when the registry stops. */
    private boolean awaitTurn() {
        lock.lock();
        try {
            while (!stopping) {
                try {
                    if (!active()) {
                        wake.await();
                        continue;
                    }
                    long now = System.nanoTime();
                    long wait = dueAt() - now;
                    if (wait <= 0) {
                        nudged = false;
                        again = false;
                        lastStartAt = now;
                        return true;
                    }
                    wake.awaitNanos(wait);
                } catch (InterruptedException e) {
                    // only stop() interrupts on purpose; the loop condition decides
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    private long dueAt() {
        if (again) {
            return Math.min(nextAt, lastStartAt);
        }
        if (nudged) {
            // a nudge means new work, and mostly that the store took a write: worth a try before the back-off ends,
            // though not sooner than its first wait, so that a job failing for good cannot spin on nudges
            long gap = backOff == null
                    ? schedule.nudgeGap().toNanos()
                    : Math.max(
                            schedule.nudgeGap().toNanos(),
                            settings.firstBackOff().toNanos());
            long nudgedAt = lastStartAt + gap;
            return nextAt - nudgedAt < 0 ? nextAt : nudgedAt;
        }
        return nextAt;
    }

    private void runOnce() {
        long start = System.nanoTime();
        runStartedAt = start;
        running = true;
        Throwable failure = null;
        try {
            job.run(this);
        } catch (InterruptedException e) {
            if (!stopRequested()) {
                failure = e;
            }
        } catch (Exception e) {
            failure = e;
        } catch (Error e) {
            failure = e;
            throw e; // ends the thread; the watchdog starts a new one after the back-off
        } finally {
            long end = System.nanoTime();
            running = false;
            meters.durations().record(end - start, TimeUnit.NANOSECONDS);
            lastRun = clock.instant();
            lastDuration = Duration.ofNanos(end - start);
            if (failure == null) {
                succeeded(end);
            } else {
                failed(failure, end);
            }
        }
    }

    private void succeeded(long end) {
        if (failuresInARow > 0) {
            log.info("Job {} runs again after {} failure(s)", job.name(), failuresInARow);
        }
        lock.lock();
        try {
            failuresInARow = 0;
            failingSince = null;
            lastError = null;
            backOff = null;
            nextAt = end + schedule.interval().toNanos();
        } finally {
            lock.unlock();
        }
    }

    private void failed(Throwable failure, long end) {
        meters.failures().increment();
        long delay;
        lock.lock();
        try {
            if (backOff == null) {
                backOff = newBackOff();
                failingSinceNanos = end;
                failingSince = clock.instant();
            }
            failuresInARow++;
            lastError = failure.toString();
            delay = backOff.nextBackOff();
            nextAt = end + TimeUnit.MILLISECONDS.toNanos(delay);
        } finally {
            lock.unlock();
        }
        if (failuresInARow == 1) {
            log.warn("Job {} failed; it runs again in {} ms", job.name(), delay, failure);
        } else {
            log.warn(
                    "Job {} failed {} times in a row ({}); it runs again in {} ms",
                    job.name(),
                    failuresInARow,
                    failure,
                    delay);
        }
    }

    private BackOffExecution newBackOff() {
        long first = Math.max(1, settings.firstBackOff().toMillis());
        var exponential = new ExponentialBackOff(first, 2.0);
        exponential.setMaxInterval(Math.max(first, settings.maxBackOff().toMillis()));
        exponential.setJitter(first / 2);
        return exponential.start();
    }
}
