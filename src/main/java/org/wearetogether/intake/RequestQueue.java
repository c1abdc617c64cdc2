package org.wearetogether.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The open requests as a queue board sees them (the coordinators' console): only what an HQ card shows, never a name,
 * phone, address or the details. A read-only query; changes go through {@link RequestLifecycle}.
 */
public interface RequestQueue {

    /** The statuses a queue shows, in the order of the board's columns. */
    List<RequestStatus> OPEN = List.of(
            RequestStatus.SUBMITTED,
            RequestStatus.ACCEPTED,
            RequestStatus.IN_PROGRESS,
            RequestStatus.VOLUNTEER_ASSIGNED);

    /** The open requests that match, oldest first (those waiting longest lead), at most {@link Filter#limit()}. */
    List<QueuedRequest> open(Filter filter);

    /**
     * What to show.
     *
     * @param regions region codes; empty: every region (for admins and operators only: the caller decides who may)
     * @param statuses open statuses wanted; empty: all of {@link #OPEN}
     * @param urgency an urgency option id, or null for any
     * @param need a needs option id the request must include, or null for any
     * @param createdBefore only requests filed before this (waiting longer than...), or null
     * @param holderId only requests held by this actor id ("mine"), or null
     * @param number only the request with this number, or null
     * @param limit at most this many (1-1000)
     */
    record Filter(
            Set<String> regions,
            Set<RequestStatus> statuses,
            String urgency,
            String need,
            Instant createdBefore,
            String holderId,
            String number,
            int limit) {
        public Filter {
            regions = Set.copyOf(regions);
            statuses = Set.copyOf(statuses);
            limit = Math.max(1, Math.min(1000, limit));
        }
    }

    /**
     * One open request as the board shows it: the fields of an HQ card ({@code ConsentAndCardTest}), no personal data.
     *
     * @param holder the coordinator (or CRM) who holds it, by first name; null while untaken
     * @param updatedAt the last change, for "no progress for..."
     */
    record QueuedRequest(
            String number,
            RequestStatus status,
            String regionCode,
            List<String> needs,
            String urgency,
            String ageGroup,
            Actor holder,
            Instant createdAt,
            Instant updatedAt) {
        public QueuedRequest {
            needs = List.copyOf(needs);
        }
    }
}
