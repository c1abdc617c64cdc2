package org.wearetogether.tasks.internal;

import java.time.Duration;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/** The tasks' sweep (expired offers, withdrawal events missed) as a background job, first one interval after start. */
final class TaskSweep implements Job {

    private final Withdrawing withdrawing;
    private final Duration interval;

    TaskSweep(Withdrawing withdrawing, Duration interval) {
        this.withdrawing = withdrawing;
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
        withdrawing.sweep();
    }
}
