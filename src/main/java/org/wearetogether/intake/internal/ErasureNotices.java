package org.wearetogether.intake.internal;

import java.time.Duration;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/** Publishes the {@code RequestErased} events a stopped process owed (erased, then stopped before publishing). */
final class ErasureNotices implements Job {

    private final ErasingRequests erasure;

    ErasureNotices(ErasingRequests erasure) {
        this.erasure = erasure;
    }

    @Override
    public String name() {
        return "erasure-notices";
    }

    /** Owed notices are rare (a crash mid-erasure); a few minutes' delay of the cleaning they start is harmless. */
    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofMinutes(5)).firstAfter(ErasingRequests.GRACE);
    }

    @Override
    public void run(JobRun run) {
        erasure.publishOwed();
    }
}
