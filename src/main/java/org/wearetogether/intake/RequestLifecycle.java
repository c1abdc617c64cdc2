package org.wearetogether.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The life of a help request after it is submitted: taking, status changes, history, ratings, and the region's
 * queue. Every change is one atomic, version-guarded write of the request's document (no transactions), so it is
 * correct with several instances of the service. Who may act is decided by the caller (HQ chat, CRM API); this
 * only enforces the allowed transitions and that the holder is the one who acts.
 */
public interface RequestLifecycle {

    /** Takes an untaken request for the actor: when several take at once, exactly one wins. */
    Outcome take(String number, Actor actor, Instant at);

    /**
     * Moves a request to another status. Allowed: from SUBMITTED to CANNOT_FULFIL or CANCELLED; from a taken status
     * (ACCEPTED, VOLUNTEER_ASSIGNED, IN_PROGRESS) to another taken one (back to ACCEPTED when a volunteer cannot do it), to DONE, CANNOT_FULFIL, CANCELLED, or back to
     * SUBMITTED (returned to the queue: the holder is cleared). Only the holder, an admin or the system may change a
     * taken request; the requester may only cancel; a volunteer (checked by the tasks module to hold the live task) only moves among the taken statuses and to DONE. Closed requests (DONE, CANNOT_FULFIL, CANCELLED) do not change.
     */
    Outcome change(String number, Actor actor, RequestStatus to, String comment, Instant at);

    /** The request's status changes, oldest first. */
    List<StatusChange> history(String number);

    /** Stores the requester's 1-5 rating and optional comment of a DONE request; a second rating replaces it. */
    boolean rate(String number, String requesterChatKey, int stars, String comment, Instant at);

    /** A region's requests, newest first. */
    List<HelpRequest> inRegion(String regionCode, Query query);

    /** Requests whose last change is at or after {@code since}, oldest change first (for sweepers that catch up). */
    List<HelpRequest> changedSince(Instant since, int limit);

    /** Requests not yet marked as forwarded to their HQ, oldest first. */
    List<HelpRequest> unforwarded(int limit);

    /**
     * Requests of these regions not yet marked as forwarded, oldest first: a sweep that can route only some regions
     * asks for those, so requests it cannot route never hold back the ones it can.
     */
    List<HelpRequest> unforwardedIn(java.util.Collection<String> regionCodes, int limit);

    /**
     * Per region, how many requests wait: untaken ({@link RequestStatus#SUBMITTED}) and, of any status, not yet
     * forwarded. Regions with neither are left out.
     */
    java.util.Map<String, Waiting> waitingByRegion();

    /**
     * What waits in one region.
     *
     * @param untaken requests in {@link RequestStatus#SUBMITTED} (forwarded or not)
     * @param unforwarded requests not yet posted to any HQ chat
     */
    record Waiting(long untaken, long unforwarded) {}

    /** Marks a request as forwarded to its HQ (idempotent). */
    void markForwarded(String number, Instant at);

    /**
     * A filter of a region's queue.
     *
     * @param statuses the statuses wanted (empty: all)
     * @param since only requests changed at or after this (null: any time)
     * @param urgency only this urgency option id (null: any)
     * @param skip for paging
     * @param limit at most this many (1-200)
     */
    record Query(Set<RequestStatus> statuses, Instant since, String urgency, int skip, int limit) {
        public Query {
            statuses = Set.copyOf(statuses);
        }
    }

    /** What came of a take or a change. */
    sealed interface Outcome {}

    /** Done; {@code change} is the new history entry. */
    record Changed(HelpRequest request, StatusChange change) implements Outcome {}

    /** No request has that number. */
    record NotFound() implements Outcome {}

    /** Someone else holds the request. */
    record HeldByAnother(Actor holder) implements Outcome {}

    /** The request's status does not allow this. */
    record NotAllowed(RequestStatus current) implements Outcome {}
}
