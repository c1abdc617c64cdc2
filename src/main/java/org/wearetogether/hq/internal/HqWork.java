package org.wearetogether.hq.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.wearetogether.intake.HelpRequestSubmitted;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Jobs;
import org.wearetogether.jobs.Schedule;
import org.wearetogether.jobs.Sweep;

/**
 * The HQ sweeps (forwarding, back-fill, notices, timers) as one background job, run in order: at the sweep interval,
 * and soon after a nudge (a new request, a chat bound). One job means the sweeps of this instance never race each
 * other; the lease keeps them to one instance, and the store's guards cover a hand-over.
 */
final class HqWork implements Job {

    static final String NAME = "hq-sweeps";

    /**
     * Nudged sweeps start at most this often after the previous one. Each sweep reads the requests (a scan of the
     * whole collection on the embedded store, under its read lock, so writes wait), and with one sweep per new
     * request a busy hour ran them back to back; a card or notice a quarter of a second later goes unnoticed.
     */
    static final Duration MIN_GAP_BETWEEN_NUDGED_SWEEPS = Duration.ofMillis(250);

    private final List<Sweep> sweeps;
    private final Duration interval;
    private final Jobs jobs;

    HqWork(List<Sweep> sweeps, Duration interval, Jobs jobs) {
        this.sweeps = List.copyOf(sweeps);
        this.interval = interval;
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(interval).nudgedAtMostEvery(MIN_GAP_BETWEEN_NUDGED_SWEEPS);
    }

    /** Runs every sweep even when one fails (each has its own work); then reports the failures, so back-off follows. */
    @Override
    public void run(JobRun run) {
        Sweep.runAll("HQ sweep", sweeps, run);
    }

    /** Asks for the sweeps soon; nudges while one is pending collapse into it. */
    void nudge() {
        jobs.nudge(NAME);
    }

    @EventListener
    void submitted(HelpRequestSubmitted event) {
        nudge();
    }

    /** A note to relay (a requester's message, the HQ's answer, details added). */
    @EventListener
    void noted(org.wearetogether.intake.RequestNoteAdded event) {
        nudge();
    }
}
