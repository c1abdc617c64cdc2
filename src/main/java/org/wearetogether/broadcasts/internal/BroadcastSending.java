package org.wearetogether.broadcasts.internal;

import java.time.Duration;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/**
 * Broadcast delivery as a background job: each run is a bounded slice of {@link Sending}'s steps, so that the
 * registry measures it, restarts it after a failure and stops it between two messages (shutdown, lease lost). The
 * pacing lives in {@link Sending} and outlasts the slices: the token bucket, the per-chat gaps and a 429 pause carry
 * over from one slice to the next. A slice ends when there is nothing to send (the next run comes after
 * {@link Sending#IDLE} or a nudge) or after {@link #SLICE} (the next run comes at once).
 */
final class BroadcastSending implements Job {

    static final String NAME = "broadcast-sending";

    /** Long enough that slices cost nothing next to the messages; short enough that metrics and health stay live. */
    static final Duration SLICE = Duration.ofSeconds(1);

    private final Sending sending;

    BroadcastSending(Sending sending) {
        this.sending = sending;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Sending.IDLE);
    }

    @Override
    public void run(JobRun run) throws InterruptedException {
        long sliceEnd = System.nanoTime() + SLICE.toNanos();
        try {
            while (!run.stopRequested() && sending.step(run)) {
                if (System.nanoTime() - sliceEnd > 0) {
                    run.runAgainSoon();
                    return;
                }
            }
        } catch (RuntimeException e) {
            sending.reload();
            throw e;
        }
    }
}
