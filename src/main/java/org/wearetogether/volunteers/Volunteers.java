package org.wearetogether.volunteers;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The volunteers' profiles, for the features that give them tasks and announcements. */
public interface Volunteers {

    Optional<Volunteer> byUserId(String userId);

    /**
     * Approved, unpaused volunteers of a region whose name contains {@code search} (case-insensitive; null or blank:
     * all), ordered by name.
     */
    List<Volunteer> available(String regionCode, String search, int skip, int limit);

    /**
     * One page of the volunteers an audience selects, ordered by user id: the page after {@code afterUserId} (null:
     * the first page). Paging by id keeps a long walk stable while profiles change.
     */
    List<Volunteer> page(Audience audience, String afterUserId, int limit);

    /** How many volunteers an audience selects. */
    long count(Audience audience);

    /**
     * Which volunteers an announcement or a search selects.
     *
     * @param regions region codes (empty: every region)
     * @param skills at least one of these skill ids (empty: any skills)
     * @param statuses these statuses (empty: APPROVED only)
     */
    record Audience(Set<String> regions, Set<String> skills, Set<VolunteerStatus> statuses) {
        public Audience {
            regions = Set.copyOf(regions);
            skills = Set.copyOf(skills);
            statuses = statuses.isEmpty() ? Set.of(VolunteerStatus.APPROVED) : Set.copyOf(statuses);
        }
    }
}
