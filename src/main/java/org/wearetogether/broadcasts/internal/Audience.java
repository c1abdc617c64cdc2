package org.wearetogether.broadcasts.internal;

import java.util.Set;
import java.util.TreeSet;
import org.wearetogether.volunteers.VolunteerStatus;
import org.wearetogether.volunteers.Volunteers;

/**
 * Who a broadcast goes to.
 *
 * @param coordinators true: the coordinators of the regions; false: their volunteers
 * @param regions region codes; empty means every region (admins only)
 * @param skills volunteers with at least one of these skills (empty: any)
 * @param statuses volunteers with one of these statuses (empty: approved only)
 */
record Audience(boolean coordinators, Set<String> regions, Set<String> skills, Set<VolunteerStatus> statuses) {

    /** The skill ids of {@code dialogs/volunteer-signup.yaml}. */
    static final java.util.List<String> SKILLS =
            java.util.List.of("own_car", "medical", "psychological", "languages", "sign_language", "other");

    /** The statuses a broadcast may select. */
    static final java.util.List<VolunteerStatus> STATUSES =
            java.util.List.of(VolunteerStatus.APPROVED, VolunteerStatus.PAUSED, VolunteerStatus.PENDING);

    Audience {
        regions = new TreeSet<>(regions);
        skills = new TreeSet<>(skills);
        statuses = Set.copyOf(statuses);
    }

    static Audience volunteersOf(Set<String> regions) {
        return new Audience(false, regions, Set.of(), Set.of(VolunteerStatus.APPROVED));
    }

    Volunteers.Audience forVolunteers() {
        return new Volunteers.Audience(regions, skills, statuses);
    }

    Audience withCoordinators(boolean to) {
        return new Audience(to, regions, skills, statuses);
    }

    Audience withRegions(Set<String> to) {
        return new Audience(coordinators, to, skills, statuses);
    }

    Audience toggledSkill(String skill) {
        return new Audience(coordinators, regions, toggled(skills, skill), statuses);
    }

    Audience toggledStatus(VolunteerStatus status) {
        return new Audience(coordinators, regions, skills, toggled(statuses, status));
    }

    private static <T> Set<T> toggled(Set<T> set, T item) {
        Set<T> copy = new java.util.HashSet<>(set);
        if (!copy.remove(item)) {
            copy.add(item);
        }
        return copy;
    }
}
