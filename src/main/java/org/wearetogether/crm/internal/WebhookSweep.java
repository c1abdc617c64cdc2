package org.wearetogether.crm.internal;

import org.wearetogether.crm.CrmSettings;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/**
 * Compares the request histories with the webhook deliveries and adds what is missing (the safety net for a crash
 * between a status change and its delivery being stored). The first run is at start-up: it recovers what a crash lost.
 */
final class WebhookSweep implements Job {

    private final Runnable sweep;
    private final CrmSettings settings;

    WebhookSweep(Runnable sweep, CrmSettings settings) {
        this.sweep = sweep;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "webhook-sweep";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(settings.sweepInterval());
    }

    @Override
    public void run(JobRun run) {
        sweep.run();
    }
}
