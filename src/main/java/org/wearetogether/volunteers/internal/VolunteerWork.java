package org.wearetogether.volunteers.internal;

import java.time.Duration;
import java.util.List;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;
import org.wearetogether.jobs.Sweep;

/**
 * The approval sweeps (cards owed, notices owed, stale cards, departures) as one background job, run in order: at a
 * fixed interval, and at once when nudged (a sign-up, a decision). The interval only catches what a crash left owed.
 */
final class VolunteerWork implements Job {

    static final String NAME = "volunteer-sweeps";

    private final List<Sweep> sweeps;
    private final Duration interval;

    VolunteerWork(List<Sweep> sweeps, Duration interval) {
        this.sweeps = List.copyOf(sweeps);
        this.interval = interval;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(interval);
    }

    /** Runs every sweep even when one fails; then reports the failures, so back-off and health follow. */
    @Override
    public void run(JobRun run) {
        Sweep.runAll("volunteer sweep", sweeps, run);
    }
}
