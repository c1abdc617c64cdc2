package org.wearetogether.intake;

/**
 * Erasing one request's personal data: the one way {@code /privacy}, {@code /erase} and the retention job do it, so
 * that each erasure cancels an open request through the lifecycle (the HQ and CRMs learn of it) and publishes
 * {@link RequestErased} exactly once after it is stored.
 */
public interface RequestErasure {

    /**
     * Cancels the request if it is open (as {@code by}), erases its names, phones, address, details, answers, code
     * word, status reason, rating comment and history comments, then publishes {@link RequestErased}. Number, region,
     * needs, urgency, age group, statuses and dates stay: they are anonymous statistics. Idempotent.
     */
    Outcome erase(String number, Actor by, RequestErased.Why why);

    /**
     * Replaces a forgotten person's id (as holder and in histories) with their pseudonym; the first name beside it
     * stays. Returns how many requests changed.
     */
    long pseudonymiseActor(String actorId, String pseudonym);

    /** What came of {@link #erase}. */
    sealed interface Outcome {}

    /** Erased now; {@code cancelled} when it was open and was cancelled first. */
    record Erased(String number, boolean cancelled) implements Outcome {}

    /** No request has that number. */
    record NotFound() implements Outcome {}

    /** Its personal data had been erased before: nothing changed. */
    record AlreadyErased() implements Outcome {}
}
