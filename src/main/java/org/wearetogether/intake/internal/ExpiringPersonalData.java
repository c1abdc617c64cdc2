package org.wearetogether.intake.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.wearetogether.intake.IntakeSettings;

/** Keeps the consent text's promise: personal data of closed requests is erased after the retention period. */
final class ExpiringPersonalData {

    private static final Logger log = LoggerFactory.getLogger(ExpiringPersonalData.class);

    private final MongoHelpRequests requests;
    private final IntakeSettings settings;
    private final Clock clock;

    ExpiringPersonalData(MongoHelpRequests requests, IntakeSettings settings, Clock clock) {
        this.requests = requests;
        this.settings = settings;
        this.clock = clock;
    }

    /** Hourly is plenty for a period of months; missed runs (service down) are caught up by the next one. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    long eraseExpired() {
        Instant now = clock.instant();
        long erased = requests.erasePersonalDataClosedBefore(now.minus(settings.retention()), now);
        if (erased > 0) {
            log.info("Erased the personal data of {} request(s) closed more than {} ago", erased, settings.retention());
        }
        return erased;
    }
}
