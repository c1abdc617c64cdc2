package org.wearetogether.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.intake.IntakeSettings;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;

/** Keeps the consent text's promise: personal data of closed requests is erased after the retention period. */
final class ExpiringPersonalData implements Job {

    private static final Logger log = LoggerFactory.getLogger(ExpiringPersonalData.class);

    private final MongoHelpRequests requests;
    private final IntakeSettings settings;
    private final Clock clock;
    /** Told after anything was erased, so that it leaves the store's files too (the store's scrub). */
    private final Runnable afterErasure;

    ExpiringPersonalData(MongoHelpRequests requests, IntakeSettings settings, Clock clock) {
        this(requests, settings, clock, () -> {});
    }

    ExpiringPersonalData(MongoHelpRequests requests, IntakeSettings settings, Clock clock, Runnable afterErasure) {
        this.requests = requests;
        this.settings = settings;
        this.clock = clock;
        this.afterErasure = afterErasure;
    }

    @Override
    public String name() {
        return "personal-data-expiry";
    }

    /** Hourly is plenty for a period of months; missed runs (service down) are caught up by the next one. */
    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofHours(1)).firstAfter(Duration.ofMinutes(1));
    }

    @Override
    public void run(JobRun run) {
        eraseExpired();
    }

    long eraseExpired() {
        Instant now = clock.instant();
        long erased = requests.erasePersonalDataClosedBefore(now.minus(settings.retention()), now);
        if (erased > 0) {
            afterErasure.run();
            log.info("Erased the personal data of {} request(s) closed more than {} ago", erased, settings.retention());
        }
        return erased;
    }
}
