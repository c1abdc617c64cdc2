package org.wearetogether.tasks.internal;

import java.time.Duration;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/** The tasks' sweep (expired offers, withdrawal events missed) as a background job, first one interval after start. */
final class TaskSweep implements Job {

    private final Runnable sweep;
    private final Duration interval;

    TaskSweep(Runnable sweep, Duration interval) {
        this.sweep = sweep;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "task-sweep";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(interval).firstAfter(interval);
    }

    @Override
    public void run(JobRun run) {
        sweep.run();
    }
}
