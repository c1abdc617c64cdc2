package org.wearetogether.chat.internal;

import java.time.Duration;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/** Fires the conversations' due reminders and expiries as a background job, first one interval after start. */
final class TimerTick implements Job {

    private final Runnable fireDue;
    private final Duration interval;

    TimerTick(Runnable fireDue, Duration interval) {
        this.fireDue = fireDue;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "conversation-timers";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(interval).firstAfter(interval);
    }

    @Override
    public void run(JobRun run) {
        fireDue.run();
    }
}
