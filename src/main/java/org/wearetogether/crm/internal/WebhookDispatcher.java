package org.wearetogether.crm.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.crm.CrmSettings;

/**
 * Sends due webhook deliveries, one at a time, and keeps each one until its receiver answers 2xx: after a failure the
 * next attempt is stored with an exponential back-off, so retries survive restarts (at-least-once).
 */
class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_PER_RUN = 200;

    private final MongoWebhooks webhooks;
    private final MongoWebhookDeliveries deliveries;
    private final CrmSettings settings;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(MongoWebhooks webhooks, MongoWebhookDeliveries deliveries, CrmSettings settings, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends what is due now; returns how many were acknowledged. */
    int dispatchDue() {
        Duration lease =
                settings.requestTimeout().plus(settings.connectTimeout()).multipliedBy(2);
        int acknowledged = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Optional<WebhookDelivery> due = deliveries.claimDue(clock.instant(), lease);
            if (due.isEmpty()) {
                break;
            }
            acknowledged += dispatch(due.get()) ? 1 : 0;
        }
        return acknowledged;
    }

    private boolean dispatch(WebhookDelivery delivery) {
        Optional<Webhook> webhook = webhooks.byRegion(delivery.region());
        if (webhook.isEmpty()) {
            deliveries.dropped(delivery, clock.instant());
            return false;
        }
        String failure = send(webhook.get(), delivery);
        if (failure == null) {
            deliveries.delivered(delivery, clock.instant());
            return true;
        }
        Instant next = clock.instant().plus(backoff(delivery.attempts() + 1));
        LOG.info(
                "Webhook {} of {} failed ({}); next attempt at {}",
                delivery.idempotencyKey(),
                delivery.region(),
                failure,
                next);
        deliveries.failed(delivery, failure, next);
        return false;
    }

    /** Null when the receiver acknowledged; otherwise what went wrong. */
    private String send(Webhook webhook, WebhookDelivery delivery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "WeAreTogether-Webhook/1")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(webhook.secret(), delivery.body()))
                .header(WebhookSignature.IDEMPOTENCY_HEADER, delivery.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The wait after the given number of failed attempts: initial, doubled each time, at most the maximum. */
    Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = settings.initialBackoff().multipliedBy(1L << doublings);
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }
}
