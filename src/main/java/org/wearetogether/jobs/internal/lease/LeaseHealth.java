package org.wearetogether.jobs.internal.lease;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code lease} entry of {@code /actuator/health}: who this instance is and whether it leads; DOWN while the lease
 * could not be read or written for longer than the lease lasts. Then this instance neither leads nor stands by
 * (nothing of what must happen once runs here, and it cannot tell whether it runs anywhere), which the {@code jobs}
 * entry alone would show as an ordinary standby.
 */
final class LeaseHealth implements HealthIndicator {

    private final MongoLease lease;
    private final Duration tolerated;

    LeaseHealth(MongoLease lease, Duration tolerated) {
        this.lease = lease;
        this.tolerated = tolerated;
    }

    @Override
    public Health health() {
        Duration outOfReach = lease.outOfReachFor();
        Health.Builder health = outOfReach.compareTo(tolerated) > 0 ? Health.down() : Health.up();
        health.withDetail("instance", lease.instanceId()).withDetail("leader", lease.isLeader());
        if (!outOfReach.isZero()) {
            health.withDetail("outOfReachMs", outOfReach.toMillis());
            String error = lease.lastError();
            if (error != null) {
                health.withDetail("lastError", error);
            }
        }
        return health.build();
    }
}
