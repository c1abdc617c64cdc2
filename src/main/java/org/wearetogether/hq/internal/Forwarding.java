package org.wearetogether.hq.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;

/**
 * Posts each new request to its region's HQ chats (or the federal chat when the region has none) and only then
 * marks it forwarded. The cards collection is unique on number and chat, so a chat gets one card per request; a
 * crash after posting and before storing the card re-posts that one card once.
 */
final class Forwarding {

    private static final Logger log = LoggerFactory.getLogger(Forwarding.class);
    private static final int BATCH = 200;
    private static final Set<RequestStatus> OPEN = Set.of(
            RequestStatus.SUBMITTED,
            RequestStatus.ACCEPTED,
            RequestStatus.VOLUNTEER_ASSIGNED,
            RequestStatus.IN_PROGRESS);

    private final RequestLifecycle lifecycle;
    private final MongoHqChats chats;
    private final MongoCards cards;
    private final CardView view;
    private final ChatDelivery delivery;
    private final SlaTimers sla;
    private final Clock clock;

    Forwarding(
            RequestLifecycle lifecycle,
            MongoHqChats chats,
            MongoCards cards,
            CardView view,
            ChatDelivery delivery,
            SlaTimers sla,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.chats = chats;
        this.cards = cards;
        this.view = view;
        this.delivery = delivery;
        this.sla = sla;
        this.clock = clock;
    }

    /** Forwards the requests not yet forwarded; a request whose posting failed stays for the next sweep. */
    void forwardNew() {
        List<HqChat> all = chats.all();
        for (HelpRequest request : lifecycle.unforwarded(BATCH)) {
            List<HqChat> targets = targets(all, request.regionCode());
            if (targets.isEmpty()) {
                continue; // posted when any HQ chat is bound
            }
            try {
                targets.forEach(
                        chat -> postOnce(request, chat, chat.federal() ? HqTexts.UNROUTED.in(chat.language()) : null));
                sla.started(request);
                lifecycle.markForwarded(request.number(), clock.instant());
            } catch (ChannelSender.NotDelivered e) {
                log.warn("Request {} not forwarded yet, retried next sweep: {}", request.number(), e.getMessage());
            }
        }
    }

    /** Posts the open requests of a region to its newly bound chats. */
    void backfill() {
        for (HqChat chat : chats.notBackfilled()) {
            if (!chat.federal()) {
                var query = new RequestLifecycle.Query(OPEN, null, null, 0, 200);
                try {
                    lifecycle.inRegion(chat.region(), query).forEach(r -> postOnce(r, chat, null));
                } catch (ChannelSender.NotDelivered e) {
                    log.warn("Back-fill of {} stopped, retried next sweep: {}", chat.chatKey(), e.getMessage());
                    continue;
                }
            }
            chats.backfilled(chat.chatKey());
        }
    }

    /** The region's chats, or the federal chats when it has none. */
    static List<HqChat> targets(List<HqChat> all, String region) {
        List<HqChat> regional =
                all.stream().filter(c -> c.region().equals(region)).toList();
        return regional.isEmpty() ? all.stream().filter(HqChat::federal).toList() : regional;
    }

    /** Posts the card unless the chat has it; a chat that is gone for good is recorded as such. */
    void postOnce(HelpRequest request, HqChat chat, String headline) {
        if (cards.has(request.number(), chat.chatKey())) {
            return;
        }
        String messageId;
        try {
            messageId = delivery.post(chat.chatKey(), view.card(request, chat.language(), headline));
        } catch (ChannelSender.NotDelivered e) {
            if (!e.permanent()) {
                throw e;
            }
            log.warn("HQ chat {} cannot be reached: {}", chat.chatKey(), e.getMessage());
            messageId = null;
        }
        cards.save(new Card(request.number(), chat.chatKey(), messageId, chat.language()));
    }
}
