package org.wearetogether.crm.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A region's outbound webhook.
 *
 * @param region e.g. {@code RU-MOW}
 * @param url where status changes are POSTed
 * @param secret the HMAC-SHA256 signing key, in plain text in memory only (stored sealed); null when the stored one
 *     cannot be opened ({@code TOGETHER_SECRET_KEY} missing or changed)
 * @param createdBy the admin who set it
 * @param createdAt when; changes before this are not sent
 * @param sweptUpTo requests changed before this have had their history compared with the deliveries
 * @param previousSecret the secret it replaced, still signing beside it until {@code previousUntil} (may be null)
 * @param previousUntil the end of the overlap (may be null)
 */
record Webhook(
        String region,
        String url,
        String secret,
        String createdBy,
        Instant createdAt,
        Instant sweptUpTo,
        String previousSecret,
        Instant previousUntil) {

    Webhook(String region, String url, String secret, String createdBy, Instant createdAt, Instant sweptUpTo) {
        this(region, url, secret, createdBy, createdAt, sweptUpTo, null, null);
    }

    /** The secrets that sign a delivery sent at the given time: the current one, then the replaced one in overlap. */
    List<String> signingSecrets(Instant at) {
        List<String> secrets = new ArrayList<>(2);
        if (secret != null) {
            secrets.add(secret);
        }
        if (previousSecret != null && previousUntil != null && at.isBefore(previousUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }
}
