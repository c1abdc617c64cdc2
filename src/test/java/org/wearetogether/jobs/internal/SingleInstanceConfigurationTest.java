package org.wearetogether.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.testing.RunningJobs;

class SingleInstanceConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SingleInstanceConfiguration.class));

    @Test
    void withoutALeaseThisInstanceAlwaysLeadsAndIsNamedByHostAndProcess() {
        context.run(app -> {
            Leadership leadership = app.getBean(Leadership.class);
            assertThat(leadership).isInstanceOf(SingleInstance.class);
            assertThat(leadership.isLeader()).isTrue();
            assertThat(leadership.instanceId())
                    .endsWith(":" + ProcessHandle.current().pid());
        });
    }

    @Test
    void aLeaseInTheApplicationReplacesSingleInstanceMode() {
        context.withBean(Leadership.class, RunningJobs.FlippingLeadership::new).run(app -> {
            assertThat(app.getBeansOfType(Leadership.class)).hasSize(1);
            assertThat(app.getBean(Leadership.class)).isInstanceOf(RunningJobs.FlippingLeadership.class);
        });
    }
}
