package org.wearetogether.jobs.internal;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.wearetogether.jobs.Leadership;

/**
 * The {@code jobs} entry of {@code /actuator/health}: DOWN while a job that should run does not (its thread is gone,
 * it has failed for longer than {@code together.jobs.unhealthy-after}, or one run has lasted longer than
 * {@code stuck-after}); a standby instance whose lease-only jobs wait is UP.
 */
final class JobsHealth implements HealthIndicator {

    private final JobRegistry registry;
    private final Leadership leadership;

    JobsHealth(JobRegistry registry, Leadership leadership) {
        this.registry = registry;
        this.leadership = leadership;
    }

    @Override
    public Health health() {
        Map<String, JobStatus> statuses = registry.statuses();
        boolean healthy = statuses.values().stream().allMatch(JobStatus::healthy);
        Health.Builder health = healthy ? Health.up() : Health.down();
        health.withDetail("leader", leadership.isLeader()).withDetail("instance", leadership.instanceId());
        statuses.forEach((name, status) -> health.withDetail(name, status.details()));
        return health.build();
    }
}
