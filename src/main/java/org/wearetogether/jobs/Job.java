package org.wearetogether.jobs;

/**
 * A named piece of background work that the registry runs on a thread of its own, by its {@link Schedule}. A run
 * that throws is logged, counted and tried again with back-off; a long run checks {@link JobRun#stopRequested()} and
 * returns soon when asked (the service stops, or this instance lost the lease). Declare a job as a bean.
 */
public interface Job {

    /** The job's name in logs, health and metrics ({@code hq-sweeps}); unique. */
    String name();

    Schedule schedule();

    void run(JobRun run) throws Exception;
}
