package org.wearetogether.jobs.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the registry runs, heals and judges the background jobs.
 *
 * @param firstBackOff the wait after a job's first failure; doubles (with jitter) after each further one
 * @param maxBackOff the longest wait between tries of a failing job
 * @param unhealthyAfter a job failing without a success for longer than this turns health DOWN
 * @param stuckAfter a single run lasting longer than this turns health DOWN
 * @param stopWait at shutdown, how long running jobs get to finish before their threads are interrupted
 * @param watchEvery how often the watchdog looks for job threads that died, and starts them again
 */
@ConfigurationProperties("together.jobs")
public record JobsSettings(
        @DefaultValue("1s") Duration firstBackOff,
        @DefaultValue("30s") Duration maxBackOff,
        @DefaultValue("1m") Duration unhealthyAfter,
        @DefaultValue("10m") Duration stuckAfter,
        @DefaultValue("10s") Duration stopWait,
        @DefaultValue("1s") Duration watchEvery) {}
