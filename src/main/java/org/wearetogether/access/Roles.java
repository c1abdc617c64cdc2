package org.wearetogether.access;

import java.util.Set;

/** The roles people hold, by their messenger user id. Checked where an action happens. */
public interface Roles {

    /** Admins are listed in {@code TOGETHER_ADMINS}. */
    boolean isAdmin(String userId);

    /** The regions (ISO codes such as {@code RU-MOW}) the person coordinates; empty for non-coordinators. */
    Set<String> coordinatedRegions(String userId);

    boolean isOperator(String userId);

    /** The user ids of the coordinators of a region (not the admins). */
    Set<String> coordinatorsOf(String regionCode);

    /**
     * The user ids of the hotline operators (e.g. to send them a callback card); empty where roles are not stored
     * (implementations for tests).
     */
    default Set<String> operators() {
        return Set.of();
    }

    /** The user ids of the admins, from {@code TOGETHER_ADMINS}. */
    Set<String> admins();

    /** Whether the person may act for a region: an admin, or a coordinator of that region. */
    default boolean mayCoordinate(String userId, String regionCode) {
        return isAdmin(userId) || coordinatedRegions(userId).contains(regionCode);
    }
}
