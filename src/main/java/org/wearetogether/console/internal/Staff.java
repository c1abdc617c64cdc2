package org.wearetogether.console.internal;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wearetogether.access.Roles;

/**
 * Who is using the console, as the roles stand at this request: an admin sees every region, a coordinator their
 * regions, a hotline operator every region read-only.
 *
 * @param userId the messenger user id
 * @param name the first name they had when they logged in
 * @param language {@code ru} or {@code en}, their chat's language when they logged in
 */
public record Staff(String userId, String name, String language, boolean admin, Set<String> regions, boolean operator) {

    public Staff {
        regions = Set.copyOf(new TreeSet<>(regions));
    }

    /** The person's roles now; empty when they hold none (never were staff, or were removed). */
    static Optional<Staff> of(Roles roles, String userId, String name, String language) {
        if (userId == null) {
            return Optional.empty();
        }
        boolean admin = roles.isAdmin(userId);
        Set<String> regions = roles.coordinatedRegions(userId);
        boolean operator = roles.isOperator(userId);
        if (!admin && regions.isEmpty() && !operator) {
            return Optional.empty();
        }
        return Optional.of(new Staff(userId, name, language, admin, regions, operator));
    }

    /** Admins and operators see every region; coordinators only theirs. */
    public boolean seesAllRegions() {
        return admin || operator;
    }

    public boolean sees(String regionCode) {
        return seesAllRegions() || regions.contains(regionCode);
    }

    /** The role to show beside the name: {@code admin}, {@code coordinator} or {@code operator}. */
    public String role() {
        return admin ? "admin" : !regions.isEmpty() ? "coordinator" : "operator";
    }
}
