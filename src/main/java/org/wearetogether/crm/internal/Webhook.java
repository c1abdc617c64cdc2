package org.wearetogether.crm.internal;

import java.time.Instant;

/**
 * A region's outbound webhook.
 *
 * @param region e.g. {@code RU-MOW}
 * @param url where status changes are POSTed
 * @param secret the HMAC-SHA256 signing key (kept: every delivery is signed with it)
 * @param createdBy the admin who set it
 * @param createdAt when; changes before this are not sent
 * @param sweptUpTo requests changed before this have had their history compared with the deliveries
 */
record Webhook(String region, String url, String secret, String createdBy, Instant createdAt, Instant sweptUpTo) {}
