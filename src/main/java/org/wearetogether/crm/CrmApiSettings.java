package org.wearetogether.crm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the CRM API.
 *
 * @param rateLimit calls per minute one API key may make (a burst of that many, refilled evenly); over it: 429
 * @param keyLifetime how long a key created without an explicit lifetime stays valid; zero: it never expires
 */
@ConfigurationProperties("together.crm.api")
public record CrmApiSettings(
        @DefaultValue("120") int rateLimit,
        @DefaultValue("365d") Duration keyLifetime) {}
