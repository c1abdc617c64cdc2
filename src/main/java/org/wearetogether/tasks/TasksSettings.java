package org.wearetogether.tasks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the volunteers' tasks.
 *
 * @param offerTimeout an offer nobody answered goes back to the coordinator after this
 * @param sweepInterval how often expired offers and tasks of volunteers who left are looked for
 * @param pageSize volunteers per page of the coordinator's list
 */
@ConfigurationProperties("together.tasks")
public record TasksSettings(
        @DefaultValue("1h") Duration offerTimeout,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("8") int pageSize) {}
