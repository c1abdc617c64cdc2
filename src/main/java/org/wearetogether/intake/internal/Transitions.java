package org.wearetogether.intake.internal;

import static org.wearetogether.intake.RequestStatus.ACCEPTED;
import static org.wearetogether.intake.RequestStatus.CANCELLED;
import static org.wearetogether.intake.RequestStatus.CANNOT_FULFIL;
import static org.wearetogether.intake.RequestStatus.DONE;
import static org.wearetogether.intake.RequestStatus.IN_PROGRESS;
import static org.wearetogether.intake.RequestStatus.SUBMITTED;
import static org.wearetogether.intake.RequestStatus.VOLUNTEER_ASSIGNED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;

/** Which status changes are allowed, and to whom. */
final class Transitions {

    private static final Set<RequestStatus> TAKEN = EnumSet.of(ACCEPTED, VOLUNTEER_ASSIGNED, IN_PROGRESS);
    private static final Set<RequestStatus> VOLUNTEER_MAY_REACH =
            EnumSet.of(ACCEPTED, VOLUNTEER_ASSIGNED, IN_PROGRESS, DONE);

    private static final Map<RequestStatus, Set<RequestStatus>> ALLOWED = Map.of(
            SUBMITTED, EnumSet.of(CANNOT_FULFIL, CANCELLED),
            ACCEPTED, EnumSet.of(VOLUNTEER_ASSIGNED, IN_PROGRESS, DONE, CANNOT_FULFIL, CANCELLED, SUBMITTED),
            VOLUNTEER_ASSIGNED, EnumSet.of(ACCEPTED, IN_PROGRESS, DONE, CANNOT_FULFIL, CANCELLED, SUBMITTED),
            // back to ACCEPTED or VOLUNTEER_ASSIGNED: a volunteer could not do it, or another one took it on
            IN_PROGRESS, EnumSet.of(ACCEPTED, VOLUNTEER_ASSIGNED, DONE, CANNOT_FULFIL, CANCELLED, SUBMITTED),
            DONE, EnumSet.noneOf(RequestStatus.class),
            CANNOT_FULFIL, EnumSet.noneOf(RequestStatus.class),
            CANCELLED, EnumSet.noneOf(RequestStatus.class));

    private Transitions() {}

    static boolean allowed(RequestStatus from, RequestStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /**
     * Whether the actor may make this change: the requester may only cancel; a volunteer only moves a taken request
     * between the taken statuses or to DONE (whose task it is, the tasks module checks); a taken request is its
     * holder's.
     */
    static boolean mayAct(HelpRequest request, Actor actor, RequestStatus to) {
        return switch (actor.role()) {
            case VOLUNTEER ->
                request.holder() != null && TAKEN.contains(request.status()) && VOLUNTEER_MAY_REACH.contains(to);
            case REQUESTER ->
                to == CANCELLED
                        && request.requester() != null
                        && actor.id().equals(request.requester().chatKey());
            case ADMIN, SYSTEM -> true;
            default -> request.holder() == null || request.holder().sameAs(actor);
        };
    }
}
