package org.wearetogether.broadcasts.internal;

import java.util.Set;
import org.wearetogether.access.Roles;

/**
 * Who may broadcast to which regions: admins to any or all, coordinators to their own.
 *
 * @param admin an admin
 * @param regions the regions a coordinator coordinates (empty for admins who coordinate none)
 */
record Staff(boolean admin, Set<String> regions) {

    static Staff of(Roles roles, String userId) {
        return new Staff(roles.isAdmin(userId), Set.copyOf(roles.coordinatedRegions(userId)));
    }

    boolean mayBroadcast() {
        return admin || !regions.isEmpty();
    }

    /** Whether this audience is theirs to write to: admins any, coordinators some of their own regions. */
    boolean mayReach(Audience audience) {
        return admin || !audience.regions().isEmpty() && regions.containsAll(audience.regions());
    }
}
