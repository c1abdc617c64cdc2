package org.wearetogether.hq.internal;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code hqRouting} entry of {@code /actuator/health}. DOWN only while some request waits with no live HQ chat
 * anywhere to go to (neither its region's nor a federal one): then people are waiting for nobody. A region without a
 * chat of its own whose requests go to a live federal chat, or a dead chat, is UP with the details, so that one
 * removed bot does not take the whole service out of a load balancer.
 */
final class HqRoutingHealth implements HealthIndicator {

    private final RoutingStatus status;

    HqRoutingHealth(RoutingStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        RoutingStatus.Snapshot now;
        try {
            now = status.current();
        } catch (RuntimeException e) {
            return Health.unknown()
                    .withDetail("reason", "cannot read the bindings: " + e)
                    .build();
        }
        Map<String, Object> dead = new TreeMap<>();
        now.dead().forEach(c -> dead.put(c.chatKey(), c.region()));
        Health.Builder health = now.stranded().isEmpty() ? Health.up() : Health.down();
        return health.withDetail("federalChat", now.federalLive() ? "live" : "none live")
                .withDetail("regionsWithoutLiveChat", now.withoutLiveChat().keySet())
                .withDetail("deadChats", dead)
                .withDetail("strandedRequests", now.stranded())
                .build();
    }
}
