package org.wearetogether.crm.internal;

import java.io.IOException;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.crm.CrmSettings;

/**
 * Sends due webhook deliveries, one at a time, and keeps each one until its receiver answers 2xx: after a failure the
 * next attempt is stored with an exponential back-off, so retries survive restarts (at-least-once). The HTTP client
 * resolves receivers' names through {@link WebhookTargets}, so it only ever connects to an address that passed the
 * check at that moment; no proxy and no redirects, which would let the call go elsewhere.
 */
class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_PER_RUN = 200;

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final MongoWebhooks webhooks;
    private final MongoWebhookDeliveries deliveries;
    private final CrmSettings settings;
    private final Clock clock;
    private final OkHttpClient http;
    private final WebhookTargets targets;

    WebhookDispatcher(
            MongoWebhooks webhooks,
            MongoWebhookDeliveries deliveries,
            CrmSettings settings,
            WebhookTargets targets,
            Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
        this.targets = targets;
        this.http = new OkHttpClient.Builder()
                .dns(targets::checked)
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(settings.connectTimeout())
                .callTimeout(settings.requestTimeout())
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
        Instant now = clock.instant();
        List<String> secrets = webhook.signingSecrets(now);
        if (secrets.isEmpty()) {
            return "the signing secret cannot be read: TOGETHER_SECRET_KEY is missing or not the one it was stored with";
        }
        try {
            literalChecked(webhook.url());
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        Request request = new Request.Builder()
                .url(webhook.url())
                .header("User-Agent", "WeAreTogether-Webhook/1")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secrets, now, delivery.body()))
                .header(WebhookSignature.IDEMPOTENCY_HEADER, delivery.idempotencyKey())
                .post(RequestBody.create(delivery.body(), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            int status = response.code();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** An address written as such is not looked up, so the client's resolver would not see it: checked here. */
    private void literalChecked(String url) throws IOException {
        String host = WebhookTargets.host(java.net.URI.create(url));
        if (AddressBlock.looksLikeAddress(host)) {
            targets.checked(host);
        }
    }

    /** The wait after the given number of failed attempts: initial, doubled each time, at most the maximum. */
    Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = settings.initialBackoff().multipliedBy(1L << doublings);
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }
}
