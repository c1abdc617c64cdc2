package org.wearetogether.jobs.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One job as health shows it.
 *
 * @param state {@code not started}, {@code waiting}, {@code running}, {@code failing}, {@code standby} (another
 *     instance holds the lease), {@code dead} (its thread is gone; the watchdog starts it again) or {@code stopped}
 * @param healthy false while a job that should run does not: dead, failing for too long, or stuck in one run
 */
record JobStatus(
        String state,
        boolean healthy,
        Instant lastRun,
        Duration lastDuration,
        int failuresInARow,
        Instant failingSince,
        String lastError,
        long restarts) {

    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", state);
        details.put("healthy", healthy);
        if (lastRun != null) {
            details.put("lastRun", lastRun.toString());
            details.put("lastDurationMs", lastDuration.toMillis());
        }
        if (failuresInARow > 0) {
            details.put("failuresInARow", failuresInARow);
            details.put("failingSince", failingSince.toString());
            details.put("lastError", lastError);
        }
        if (restarts > 0) {
            details.put("restarts", restarts);
        }
        return details;
    }
}
