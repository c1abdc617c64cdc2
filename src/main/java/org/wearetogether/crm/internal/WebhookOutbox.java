package org.wearetogether.crm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.intake.StatusChange;

/**
 * Fills the webhook outbox: at once from {@link RequestStatusChanged}, and by a periodic sweep that compares the
 * requests' durable history with the deliveries, so a change is delivered even when the service stopped between
 * storing it and storing its delivery. Adding a delivery twice changes nothing (a unique index).
 */
class WebhookOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);
    /** How far back a sweep looks before the previous one started: covers changes stored while it ran. */
    static final Duration OVERLAP = Duration.ofMinutes(2);

    private static final int PAGE = 200;

    private final MongoWebhooks webhooks;
    private final MongoWebhookDeliveries deliveries;
    private final RequestLifecycle lifecycle;
    private final HelpRequests requests;
    private final Duration deliveriesKept;
    private final Clock clock;

    /**
     * @param deliveriesKept how long retention keeps a delivery: an older change is never added again (its delivery
     *     was made and deleted), though the request changed since (its personal data erased, say)
     */
    WebhookOutbox(
            MongoWebhooks webhooks,
            MongoWebhookDeliveries deliveries,
            RequestLifecycle lifecycle,
            HelpRequests requests,
            Duration deliveriesKept,
            Clock clock) {
        this.requests = requests;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.lifecycle = lifecycle;
        this.deliveriesKept = deliveriesKept;
        this.clock = clock;
    }

    @EventListener
    void on(RequestStatusChanged event) {
        try {
            webhooks.byRegion(event.request().regionCode())
                    .ifPresent(w -> add(w, event.request().number(), event.change()));
        } catch (RuntimeException e) {
            // the change itself is stored; the sweep adds its delivery later
            LOG.warn(
                    "Webhook delivery of {} not stored yet: {}", event.request().number(), e.toString());
        }
    }

    /**
     * A request's personal data was erased: its stored deliveries lose their comments, and its region's CRM gets the
     * {@code erased} event (added once: a second notice of the same erasure finds it stored). Thrown failures reach
     * the publisher, which publishes the erasure again later.
     */
    @EventListener
    void on(RequestErased event) {
        deliveries.dropComments(event.number());
        requests.byNumber(event.number())
                .ifPresent(request -> webhooks.byRegion(request.regionCode())
                        .ifPresent(w -> deliveries.add(
                                w.region(),
                                request.number(),
                                WebhookDelivery.ERASED_SEQ,
                                WebhookPayload.erased(request.number(), w.region(), clock.instant()),
                                clock.instant())));
    }

    /** Adds the deliveries missing for changes since each webhook's cursor; returns how many were added. */
    int sweep() {
        int added = 0;
        for (Webhook webhook : webhooks.all()) {
            Instant started = clock.instant();
            added += sweep(webhook);
            webhooks.sweptUpTo(webhook.region(), started.minus(OVERLAP));
        }
        return added;
    }

    private int sweep(Webhook webhook) {
        int added = 0;
        for (int skip = 0; ; skip += PAGE) {
            var query = new RequestLifecycle.Query(Set.of(), webhook.sweptUpTo(), null, skip, PAGE);
            List<HelpRequest> changed = lifecycle.inRegion(webhook.region(), query);
            for (HelpRequest request : changed) {
                for (StatusChange change : lifecycle.history(request.number())) {
                    added += add(webhook, request.number(), change) ? 1 : 0;
                }
            }
            if (changed.size() < PAGE) {
                return added;
            }
        }
    }

    private boolean add(Webhook webhook, String number, StatusChange change) {
        if (change.at().isBefore(webhook.createdAt())
                || change.at().isBefore(clock.instant().minus(deliveriesKept))) {
            return false;
        }
        String body = WebhookPayload.json(number, webhook.region(), change);
        return deliveries.add(webhook.region(), number, change.seq(), body, clock.instant());
    }
}
