package org.wearetogether.jobs.internal.lease;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lease that makes one instance of several the leader (used with MongoDB; see {@link MongoLease}).
 *
 * <p>A holder that dies is replaced within {@code duration} plus one {@code renewEvery} of the standby's attempts.
 * A holder that cannot renew stops acting {@code margin} before its lease expires, by its own monotonic clock, so
 * the instances' wall clocks must agree within {@code margin}.
 *
 * @param duration how long a lease lasts after it was written (default 3 s)
 * @param renewEvery how often the holder renews it and a standby tries to take it (default 1 s)
 * @param margin how long before the expiry it wrote a holder that could not renew stops acting (default 1 s)
 * @param instanceName the id written in the lease; blank = host name and process id
 */
@ConfigurationProperties("together.lease")
public record LeaseSettings(
        @DefaultValue("3s") Duration duration,
        @DefaultValue("1s") Duration renewEvery,
        @DefaultValue("1s") Duration margin,
        @DefaultValue("") String instanceName) {

    public LeaseSettings {
        if (margin.isNegative() || margin.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("together.lease.margin (" + margin
                    + ") must be at least 0 and shorter than the duration (" + duration + ")");
        }
        if (renewEvery.isZero() || renewEvery.isNegative() || renewEvery.compareTo(duration.minus(margin)) >= 0) {
            throw new IllegalArgumentException("together.lease.renew-every (" + renewEvery
                    + ") must be positive and shorter than the duration minus the margin (" + duration.minus(margin)
                    + "), or the holder would stop acting between two renewals");
        }
    }

    /** The defaults of {@code application.yml}. */
    public static LeaseSettings defaults() {
        return new LeaseSettings(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(1), "");
    }

    /** How long after it started a successful renewal the holder still acts: the lease minus the margin. */
    Duration actFor() {
        return duration.minus(margin);
    }
}
