package org.wearetogether.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake.
 *
 * @param retention how long the personal data of a closed request is kept ({@code TOGETHER_RETENTION}); the consent
 *     text promises six months
 * @param maxOpenRequests how many open requests one person may have at once ({@code TOGETHER_MAX_OPEN_REQUESTS});
 *     hotline operators filing for callers are not limited
 */
@ConfigurationProperties("together.intake")
public record IntakeSettings(
        @DefaultValue("180d") Duration retention,
        @DefaultValue("3") int maxOpenRequests) {}
