package org.wearetogether.jobs.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionRules;
import org.wearetogether.jobs.RetentionSettings;

/** Wires the job registry, its health, the lease gauge and the retention job; starts the jobs when the application is ready. */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    /** The jobs are looked up at start, so that a job may depend on beans that nudge it through the registry. */
    @Bean
    JobRegistry jobRegistry(
            ObjectProvider<Job> jobs, Leadership leadership, MeterRegistry meters, JobsSettings settings, Clock clock) {
        Gauge.builder("together.lease.held", leadership, l -> l.isLeader() ? 1 : 0)
                .description("1 while this instance holds the lease and runs what must happen once")
                .tag("instance", leadership.instanceId())
                .register(meters);
        return new JobRegistry(() -> jobs.orderedStream().toList(), leadership, meters, settings, clock);
    }

    /** The rules are looked up at each run: every module contributes its own as beans. */
    @Bean
    RetentionJob retentionJob(
            ObjectProvider<RetentionRule> rules,
            ObjectProvider<RetentionRules> ruleSets,
            RetentionSettings settings,
            Clock clock,
            MeterRegistry meters) {
        return new RetentionJob(
                () -> java.util.stream.Stream.concat(
                                rules.orderedStream(),
                                ruleSets.orderedStream().flatMap(set -> set.retentionRules().stream()))
                        .toList(),
                settings,
                clock,
                meters);
    }

    @Bean
    HealthIndicator jobsHealthIndicator(JobRegistry registry, Leadership leadership) {
        return new JobsHealth(registry, leadership);
    }

    @Bean
    Lifecycle jobsLifecycle(JobRegistry registry) {
        return new Lifecycle(registry);
    }

    /** Like the loops it replaced: start once the application is ready, stop before the store closes. */
    record Lifecycle(JobRegistry registry) {

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            registry.start();
        }

        @EventListener(ContextClosedEvent.class)
        void stop() {
            registry.stop();
        }
    }
}
