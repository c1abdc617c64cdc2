package org.wearetogether.volunteers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wearetogether.dialog.Person;

/**
 * The volunteers as the coordinators' web console shows and changes them: a region's list, and approve, decline,
 * pause and resume. Every change goes through the same code as the chat's approval cards and {@code /pause}
 * (one implementation, two front ends) and is allowed to the same people: admins, and the coordinators of the
 * volunteer's region. Open tasks are not here (the tasks module depends on this one): see
 * {@code org.wearetogether.tasks.OpenTasks}.
 */
public interface VolunteerDesk {

    /**
     * One page of a region's volunteers. Throws {@link NotAllowed} unless {@code viewerId} is an admin or a
     * coordinator of the region.
     */
    Page list(String viewerId, Query query);

    /** Approves a pending profile of the approval round shown ({@link Row#round()}). */
    Outcome approve(Person coordinator, String language, String userId, int round);

    /** Declines a pending profile; the reason (may be null) is kept and told as in the chat (cut to 500 characters). */
    Outcome decline(Person coordinator, String language, String userId, int round, String reason);

    /** Pauses an approved volunteer: no tasks are offered to them; they are told, and may {@code /resume}. */
    Outcome pause(Person coordinator, String language, String userId);

    /** Resumes a paused volunteer; they are told. */
    Outcome resume(Person coordinator, String language, String userId);

    /** How the list is ordered. */
    enum Sort {
        /** By name, A to Z. */
        NAME,
        /** The most recently active first; never active last. */
        LAST_ACTIVE,
        /** The latest sign-ups first. */
        NEWEST
    }

    /**
     * What to list.
     *
     * @param regionCode the region, e.g. {@code RU-MOW}
     * @param statuses these statuses (empty: all)
     * @param skill volunteers with this skill id (null: any)
     * @param search a part of the name, case-insensitive (null or blank: all)
     * @param sort the order
     * @param page from 0
     * @param pageSize 1 to 200
     */
    record Query(
            String regionCode,
            Set<VolunteerStatus> statuses,
            String skill,
            String search,
            Sort sort,
            int page,
            int pageSize) {
        public Query {
            statuses = Set.copyOf(statuses);
            sort = sort == null ? Sort.NAME : sort;
            page = Math.max(0, page);
            pageSize = Math.max(1, Math.min(200, pageSize));
        }

        /** The first page of a whole region, by name. */
        public static Query region(String regionCode) {
            return new Query(regionCode, Set.of(), null, null, Sort.NAME, 0, 50);
        }
    }

    /**
     * One page.
     *
     * @param rows the volunteers on it
     * @param total how many match the query
     * @param byStatus how many the whole region has of each status (for the filter's counts)
     */
    record Page(List<Row> rows, long total, Map<VolunteerStatus, Long> byStatus) {
        public Page {
            rows = List.copyOf(rows);
            byStatus = Map.copyOf(byStatus);
        }
    }

    /**
     * One volunteer as the region's coordinators see them on the approval card, plus what the console adds.
     *
     * @param volunteer the profile
     * @param round the approval round: approve and decline name it, so a profile changed since it was shown is not
     *     decided unseen
     * @param decidedBy who approved or declined it (null while pending)
     * @param lastActiveAt the volunteer's last activity (sign-up, {@code /pause}, {@code /resume}, task answers),
     *     to the hour; null when none was recorded
     */
    record Row(Volunteer volunteer, int round, String decidedBy, Instant lastActiveAt) {}

    /**
     * What came of a change.
     *
     * @param result what happened
     * @param message what to show the coordinator, in their language (the chat's words)
     */
    record Outcome(Result result, String message) {
        public boolean done() {
            return result == Result.DONE;
        }
    }

    /** What happened. */
    enum Result {
        DONE,
        /** No such profile (any more). */
        NOT_FOUND,
        /** Neither an admin nor a coordinator of the volunteer's region. */
        NOT_ALLOWED,
        /** The profile changed since it was shown (a new approval round). */
        OUTDATED,
        /** Someone decided already, or the profile is not in a state this applies to. */
        ALREADY,
        /** The profile's status does not allow this (e.g. pausing a pending one). */
        NOT_APPLICABLE
    }

    /** Thrown when the viewer may not see what they asked for. */
    final class NotAllowed extends RuntimeException {
        public NotAllowed(String message) {
            super(message);
        }
    }
}
