package org.wearetogether.crm.internal;

import java.time.Instant;

/**
 * A regional CRM's API key as stored: only the hash of its secret, never the secret.
 *
 * @param id the public part, shown in lists and in the key itself ({@code wat_<id>_<secret>})
 * @param region the only region the key may act on, e.g. {@code RU-MOW}
 * @param secretHash SHA-256 of the secret, hex
 * @param createdBy the admin's user id
 * @param createdAt when
 * @param revokedBy the admin who revoked it (null while valid)
 * @param revokedAt when it was revoked (null while valid)
 * @param expiresAt when it stops working by itself (null: never)
 */
record ApiKey(
        String id,
        String region,
        String secretHash,
        String createdBy,
        Instant createdAt,
        String revokedBy,
        Instant revokedAt,
        Instant expiresAt) {

    boolean valid() {
        return revokedAt == null;
    }

    boolean expiredAt(Instant at) {
        return expiresAt != null && !at.isBefore(expiresAt);
    }
}
