package org.wearetogether.intake;

import java.time.Instant;

/**
 * One change of a request's status, as kept in the request's history (its audit trail).
 *
 * @param seq 1, 2, 3... per request; with the number, a stable idempotency key for webhooks
 * @param from the status before
 * @param to the status after (equal to {@code from} for a change of holder only)
 * @param actor who did it
 * @param comment why, e.g. the reason a request cannot be fulfilled (may be null)
 * @param at when
 */
public record StatusChange(int seq, RequestStatus from, RequestStatus to, Actor actor, String comment, Instant at) {}
