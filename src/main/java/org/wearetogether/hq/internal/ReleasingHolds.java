package org.wearetogether.hq.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.wearetogether.access.CoordinatorRemoved;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;

/**
 * A removed coordinator holds nothing: the requests they held in the regions they lost go back to the queue through
 * the lifecycle (a history entry; the cards, SLA timers and volunteer tasks follow its event), and the admin who
 * removed them is told which. The event acts at once; should it be lost to a crash, the holder's reminder timer
 * finds such a request and returns it instead of reminding them ({@link SlaTimers}).
 */
final class ReleasingHolds {

    private static final Logger log = LoggerFactory.getLogger(ReleasingHolds.class);
    private static final Set<RequestStatus> TAKEN =
            Set.of(RequestStatus.ACCEPTED, RequestStatus.VOLUNTEER_ASSIGNED, RequestStatus.IN_PROGRESS);
    private static final int PAGE = 200;

    private final RequestLifecycle lifecycle;
    private final Roles roles;
    private final ChatDelivery delivery;
    private final Clock clock;

    ReleasingHolds(RequestLifecycle lifecycle, Roles roles, ChatDelivery delivery, Clock clock) {
        this.lifecycle = lifecycle;
        this.roles = roles;
        this.delivery = delivery;
        this.clock = clock;
    }

    @EventListener
    void on(CoordinatorRemoved event) {
        Actor admin = new Actor(Actor.Role.ADMIN, event.removedBy().userId(), name(event));
        List<String> returned = new ArrayList<>();
        for (String region : event.regions()) {
            for (HelpRequest request : heldIn(region, event.userId())) {
                if (release(request, admin)) {
                    returned.add(request.number());
                }
            }
        }
        if (!returned.isEmpty()) {
            tellAdmin(event, returned);
        }
    }

    /** Whether the request is held by someone as coordinator of its region who coordinates it no more. */
    boolean heldByFormerCoordinator(HelpRequest request) {
        Actor holder = request.holder();
        return holder != null
                && holder.role() == Actor.Role.COORDINATOR
                && TAKEN.contains(request.status())
                && !roles.mayCoordinate(holder.id(), request.regionCode());
    }

    /** Returns the request to the queue; false when it had changed so that this is no longer allowed. */
    boolean release(HelpRequest request, Actor by) {
        try {
            var outcome =
                    lifecycle.change(request.number(), by, RequestStatus.SUBMITTED, reason(request), clock.instant());
            if (outcome instanceof RequestLifecycle.Changed) {
                log.info("Request {} of a removed coordinator went back to the queue", request.number());
                return true;
            }
            log.info("Request {} not returned to the queue: {}", request.number(), outcome);
        } catch (RuntimeException e) {
            log.warn("Request {} of a removed coordinator not returned yet", request.number(), e);
        }
        return false;
    }

    private List<HelpRequest> heldIn(String region, String userId) {
        List<HelpRequest> held = new ArrayList<>();
        for (int skip = 0; ; skip += PAGE) {
            List<HelpRequest> page =
                    lifecycle.inRegion(region, new RequestLifecycle.Query(TAKEN, null, null, skip, PAGE));
            page.stream()
                    .filter(r -> r.holder() != null
                            && r.holder().role() == Actor.Role.COORDINATOR
                            && r.holder().id().equals(userId))
                    .forEach(held::add);
            if (page.size() < PAGE) {
                return held;
            }
        }
    }

    private void tellAdmin(CoordinatorRemoved event, List<String> returned) {
        String language = event.language();
        String chatKey = event.removedBy().channel() + ":" + event.removedBy().userId();
        String text = HqTexts.HOLDS_RETURNED
                .in(language)
                .formatted(returned.size(), event.userId(), String.join(", ", returned));
        try {
            delivery.send(chatKey, List.of(Reply.Message.plain(text)));
        } catch (RuntimeException e) {
            log.warn("Could not tell {} which requests went back to the queue", chatKey, e);
        }
    }

    private static String reason(HelpRequest request) {
        String language =
                request.requester() == null ? null : request.requester().language();
        return HqTexts.COORDINATOR_REMOVED.in(language == null ? "ru" : language);
    }

    private static String name(CoordinatorRemoved event) {
        var p = event.removedBy();
        return p.firstName() != null ? p.firstName() : p.username() != null ? "@" + p.username() : p.userId();
    }
}
