package org.wearetogether.crm.internal;

import org.wearetogether.crm.CrmSettings;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/**
 * Sends the webhook deliveries that are due, on a thread of its own, so that a slow receiver never delays other
 * background work. Each delivery is claimed in the store before it is sent.
 */
final class WebhookDispatch implements Job {

    private final Runnable dispatchDue;
    private final CrmSettings settings;

    WebhookDispatch(Runnable dispatchDue, CrmSettings settings) {
        this.dispatchDue = dispatchDue;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "webhook-dispatch";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(settings.dispatchInterval()).firstAfter(settings.dispatchInterval());
    }

    @Override
    public void run(JobRun run) {
        dispatchDue.run();
    }
}
