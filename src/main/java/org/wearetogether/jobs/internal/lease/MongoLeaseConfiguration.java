package org.wearetogether.jobs.internal.lease;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.jobs.SoleInstance;
import org.wearetogether.storage.StorageSettings;

/**
 * The instance's {@link Leadership}: the lease in MongoDB when the store is MongoDB ({@code MONGODB_URI}), which
 * several instances may share; with the embedded store this process is the only one that can use the data, so it
 * always leads and no lease is written (a restart after {@code kill -9} need not wait for an old lease to expire).
 * Primary, so that a fallback bean elsewhere never competes with it.
 */
@Configuration(proxyBeanMethods = false)
class MongoLeaseConfiguration {

    @Bean
    @Primary
    Leadership leadership(StorageSettings storage, LeaseSettings settings, MongoDatabase database) {
        String instanceId = InstanceIds.of(settings);
        if (storage.isEmbedded()) {
            return new SoleInstance(instanceId);
        }
        return new MongoLease(database, settings, Clock.systemUTC(), instanceId);
    }

    /** With MongoDB only: the embedded store's one process always leads and has no lease to lose. */
    @Bean
    HealthIndicator leaseHealthIndicator(Leadership leadership, LeaseSettings settings) {
        return leadership instanceof MongoLease lease
                ? new LeaseHealth(lease, settings.duration())
                : () -> Health.up()
                        .withDetail("instance", leadership.instanceId())
                        .withDetail("leader", true)
                        .withDetail("mode", "sole instance (embedded store)")
                        .build();
    }

    /** One document per lease, written over at each renewal: nothing accumulates. */
    @Bean
    org.wearetogether.jobs.RetentionRule leasesRule() {
        return org.wearetogether.jobs.RetentionRule.keptWhileNeeded("leases", MongoLeaseDocument.COLLECTION);
    }
}
