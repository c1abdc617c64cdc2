package org.wearetogether.hq.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.tasks.TaskChanged;

/**
 * Keeps every card of an open request current: after each status change all its cards are edited in place (the press that
 * made the change has edited its own card already; editing it again changes nothing), and after each change of the
 * request's volunteer task. The cards are read from {@code hq_messages} by the request's number (its key). Also moves
 * the SLA timers and nudges the requester's notices. An edit lost to a crash stays stale until the next change of the
 * request.
 */
final class CardRefresh {

    private static final Logger log = LoggerFactory.getLogger(CardRefresh.class);

    private final CardView view;
    private final ChatDelivery delivery;
    private final SlaTimers sla;
    private final HqWork work;
    private final HelpRequests requests;
    private final CleaningMessages cleaning;

    CardRefresh(
            CardView view,
            ChatDelivery delivery,
            SlaTimers sla,
            HqWork work,
            HelpRequests requests,
            CleaningMessages cleaning) {
        this.requests = requests;
        this.cleaning = cleaning;
        this.view = view;
        this.delivery = delivery;
        this.sla = sla;
        this.work = work;
    }

    @org.springframework.context.event.EventListener
    void on(RequestStatusChanged event) {
        try {
            sla.changed(event.request(), event.change());
        } catch (RuntimeException e) {
            log.warn("SLA timers of {} not moved", event.request().number(), e);
        }
        refresh(event.request());
        work.nudge();
    }

    /** A volunteer's task changed: the cards show the volunteer's first name and how the task stands. */
    @org.springframework.context.event.EventListener
    void on(TaskChanged event) {
        try {
            requests.byNumber(event.task().number()).ifPresent(this::refresh);
        } catch (RuntimeException e) {
            log.warn(
                    "Cards of {} not refreshed after a task change",
                    event.task().number(),
                    e);
        }
    }

    /** Open requests only: the messages of an ended (or erased) one are {@link CleaningMessages}' to edit. */
    private void refresh(HelpRequest request) {
        if (!request.status().open()) {
            return;
        }
        for (Card card : cleaning.liveCards(request.number())) {
            if (card.messageId() == null) {
                continue;
            }
            try {
                delivery.edit(card.chatKey(), card.messageId(), view.card(request, card.language()));
            } catch (RuntimeException e) {
                log.warn("Card of {} in {} not updated", card.number(), card.chatKey(), e);
            }
        }
    }
}
