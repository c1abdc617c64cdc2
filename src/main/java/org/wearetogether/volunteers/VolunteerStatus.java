package org.wearetogether.volunteers;

/** Where a volunteer's profile stands. */
public enum VolunteerStatus {
    /** Signed up, waiting for a coordinator of the region. */
    PENDING,
    /** Approved and taking tasks. */
    APPROVED,
    /** Approved, but taking no tasks for now ({@code /pause}); {@code /resume} makes them APPROVED again. */
    PAUSED,
    /** A coordinator declined the sign-up. */
    DECLINED
}
