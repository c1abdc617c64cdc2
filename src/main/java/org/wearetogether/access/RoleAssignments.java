package org.wearetogether.access;

/** Changes who holds which role; the admins alone may call it (checked by the caller). */
public interface RoleAssignments {

    /** Makes the person a coordinator of the region (idempotent). */
    void addCoordinator(String userId, String regionCode);

    /** Removes one region, or every region when {@code regionCode} is null; false when nothing changed. */
    boolean removeCoordinator(String userId, String regionCode);

    /** Makes the person a hotline operator or stops it; false when nothing changed. */
    boolean setOperator(String userId, boolean operator);
}
