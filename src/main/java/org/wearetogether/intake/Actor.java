package org.wearetogether.intake;

/**
 * Who acts on a help request: recorded as its holder and in its history.
 *
 * @param role in what capacity
 * @param id stable id: a Telegram user id for people, {@code crm:RU-MOW} for a regional CRM, {@code system}
 * @param name how to show them (a first name or @username); never a phone
 */
public record Actor(Role role, String id, String name) {

    /** The capacities in which someone acts on a request. */
    public enum Role {
        REQUESTER,
        COORDINATOR,
        ADMIN,
        OPERATOR,
        CRM,
        SYSTEM,
        /**
         * A volunteer doing the task the holder offered them: moves the request only between the taken statuses and
         * to DONE, never holds it. The tasks module checks that they hold the request's live task.
         */
        VOLUNTEER
    }

    public static final Actor SYSTEM = new Actor(Role.SYSTEM, "system", "system");

    /** Whether this is the same party as {@code other} (same role and id; names may change). */
    public boolean sameAs(Actor other) {
        return other != null && role == other.role && id.equals(other.id);
    }
}
