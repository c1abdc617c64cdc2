package org.wearetogether.crm;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the CRM integration's webhooks.
 *
 * @param dispatchInterval how often due webhook deliveries are looked for
 * @param sweepInterval how often the request histories are compared with the deliveries (the safety net for a
 *     crash between a status change and its delivery being stored)
 * @param connectTimeout connecting to a webhook receiver
 * @param requestTimeout one webhook call, from sending to the answer
 * @param initialBackoff the wait after the first failed attempt; doubles with every further failure
 * @param maxBackoff the longest wait between attempts
 * @param allow CIDRs ({@code 10.20.0.0/16}), addresses or host names a webhook may reach although they are private,
 *     loopback or link-local (a CRM inside the same network); empty: only public addresses
 * @param secretOverlap how long a replaced signing secret still signs beside the new one
 */
@ConfigurationProperties("together.crm.webhook")
public record CrmSettings(
        @DefaultValue("5s") Duration dispatchInterval,
        @DefaultValue("5m") Duration sweepInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("") List<String> allow,
        @DefaultValue("1d") Duration secretOverlap) {}
