package org.wearetogether.crm.internal;

import java.time.Instant;

/**
 * One status change to deliver to a region's webhook, until the receiver answers 2xx.
 *
 * @param region e.g. {@code RU-MOW}
 * @param number the request's number
 * @param seq the change's sequence number in the request's history
 * @param body the exact JSON sent on every attempt (so its signature and idempotency key never change)
 * @param attempts attempts made so far
 * @param nextAttemptAt when to try next
 */
record WebhookDelivery(String region, String number, int seq, String body, int attempts, Instant nextAttemptAt) {

    /** The {@code seq} under which a request's {@code erased} event is stored: after any status change's. */
    static final int ERASED_SEQ = Integer.MAX_VALUE;

    /** Unique per status change, the same on every attempt. */
    String idempotencyKey() {
        return seq == ERASED_SEQ ? number + ":erased" : number + ":" + seq;
    }
}
