package org.wearetogether.jobs.internal;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.wearetogether.jobs.Leadership;

/**
 * Single-instance mode unless the application defines a {@link Leadership} (the lease). An auto-configuration, so
 * that the condition is judged after every application bean is known, whatever the order of scanning.
 */
@AutoConfiguration
class SingleInstanceConfiguration {

    @Bean
    @ConditionalOnMissingBean(Leadership.class)
    Leadership singleInstance() {
        return SingleInstance.ofThisProcess();
    }
}
