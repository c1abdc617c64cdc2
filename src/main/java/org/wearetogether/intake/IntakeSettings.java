package org.wearetogether.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake.
 *
 * @param retention how long the personal data of a closed request is kept ({@code TOGETHER_RETENTION}); the consent
 *     text promises six months
 * @param countEvery how often the requests are counted by status and region for the {@code together.requests}
 *     gauge (one aggregation; on the embedded store a scan, so not one per scrape)
 * @param maxOpenRequests how many open requests one person may have at once ({@code TOGETHER_MAX_OPEN_REQUESTS});
 *     hotline operators filing for callers are not limited
 */
@ConfigurationProperties("together.intake")
public record IntakeSettings(
        @DefaultValue("180d") Duration retention,
        @DefaultValue("1m") Duration countEvery,
        @DefaultValue("3") int maxOpenRequests) {}
