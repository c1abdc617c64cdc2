package org.wearetogether.jobs.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.Jobs;
import org.wearetogether.jobs.Leadership;

/**
 * The registry of named background jobs: starts each on a thread of its own, follows the lease (jobs that must run
 * once run only while this instance leads), restarts a job whose thread died, and stops them all within a bound.
 * Public so that the modules' test fixtures can run their jobs through it.
 */
public final class JobRegistry implements Jobs {

    private static final Logger log = LoggerFactory.getLogger(JobRegistry.class);

    private final Supplier<List<Job>> jobs;
    private final Leadership leadership;
    private final MeterRegistry meters;
    private final JobsSettings settings;
    private final Clock clock;

    private volatile Map<String, JobRunner> runners = Map.of();
    private ScheduledExecutorService watchdog;

    public JobRegistry(
            Supplier<List<Job>> jobs, Leadership leadership, MeterRegistry meters, JobsSettings settings, Clock clock) {
        this.jobs = jobs;
        this.leadership = leadership;
        this.meters = meters;
        this.settings = settings;
        this.clock = clock;
        leadership.onChange(this::leadershipChanged);
    }

    /** Starts every job (the lease-only ones wait while another instance leads). */
    public synchronized void start() {
        if (watchdog != null) {
            return;
        }
        Map<String, JobRunner> byName = new LinkedHashMap<>();
        for (Job job : jobs.get()) {
            if (byName.put(job.name(), new JobRunner(job, settings, clock, meters)) != null) {
                throw new IllegalStateException("two background jobs are named " + job.name());
            }
        }
        runners = Map.copyOf(byName);
        boolean leader = leadership.isLeader();
        byName.values().forEach(r -> r.start(leader));
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jobs-watchdog");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, settings.watchEvery().toMillis());
        watchdog.scheduleWithFixedDelay(this::restartDead, every, every, TimeUnit.MILLISECONDS);
        log.info(
                "Background jobs started ({}): {}",
                leader ? "this instance leads" : "another instance leads; lease-only jobs stand by",
                byName.keySet());
    }

    /** Takes no new runs; runs under way get {@code stopWait} to finish, then their threads are interrupted. */
    public synchronized void stop() {
        if (watchdog == null) {
            return;
        }
        watchdog.shutdownNow();
        watchdog = null;
        runners.values().forEach(JobRunner::stop);
        long deadline = System.nanoTime() + settings.stopWait().toNanos();
        try {
            for (JobRunner runner : runners.values()) {
                if (!runner.awaitStopped(deadline)) {
                    log.warn("Job {} did not finish within {}; interrupting it", runner.name(), settings.stopWait());
                    runner.interrupt();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runners.values().forEach(JobRunner::interrupt);
        }
    }

    @Override
    public void nudge(String jobName) {
        JobRunner runner = runners.get(jobName);
        if (runner != null) {
            runner.nudge();
        } else if (!runners.isEmpty()) {
            throw new IllegalArgumentException("no background job is named " + jobName);
        }
    }

    /** Each job's state, by name. */
    Map<String, JobStatus> statuses() {
        Map<String, JobStatus> statuses = new java.util.TreeMap<>();
        runners.forEach((name, runner) -> statuses.put(name, runner.status()));
        return statuses;
    }

    private void leadershipChanged(boolean leader) {
        if (!runners.isEmpty()) {
            log.info(
                    leader
                            ? "This instance now holds the lease: the lease-only jobs start"
                            : "This instance lost the lease: the lease-only jobs stop");
        }
        runners.values().forEach(r -> r.leadershipChanged(leader));
    }

    private void restartDead() {
        try {
            runners.values().forEach(JobRunner::restartIfDead);
        } catch (RuntimeException e) {
            log.error("The jobs' watchdog failed; it looks again at its next turn", e);
        }
    }
}
