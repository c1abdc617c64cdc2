package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wearetogether.crm.internal.CrmFixtures.submit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.RunningService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Status changes reach a region's webhook, signed, retried until acknowledged, also when their delivery was lost. */
class WebhookIT {

    private static final String SECRET = "whsec_test-secret";
    private static final Actor CRM = new Actor(Actor.Role.CRM, "crm:RU-MOW", "CRM RU-MOW");

    @TempDir
    Path data;

    @Test
    void aStatusChangeIsRetriedUntilTheReceiverAnswers2xxWithAStableKeyAndAValidSignature() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2);
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service = start(telegram)) {
            Instant now = Instant.now();
            service.bean(MongoWebhooks.class).set(new Webhook("RU-MOW", receiver.url(), SECRET, "42", now, now));
            String number = submit(service, "RU-MOW", "conv-hook-1");

            service.bean(RequestLifecycle.class).take(number, CRM, Instant.now());

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.calls().stream().anyMatch(c -> c.answered() == 200));
            List<WebhookReceiver.Call> calls = receiver.calls();
            assertThat(calls).extracting(WebhookReceiver.Call::answered).containsExactly(500, 500, 200);
            assertThat(calls).extracting(WebhookReceiver.Call::idempotencyKey).containsOnly(number + ":1");
            assertThat(calls)
                    .extracting(WebhookReceiver.Call::body)
                    .containsOnly(calls.get(0).body());
            assertThat(verified(SECRET, calls.get(2).signature(), calls.get(2).body()))
                    .as(calls.get(2).signature())
                    .isTrue();
            JsonNode body = JsonMapper.builder().build().readTree(calls.get(2).body());
            assertThat(body.get("number").asString()).isEqualTo(number);
            assertThat(body.get("region").asString()).isEqualTo("RU-MOW");
            assertThat(body.get("from").asString()).isEqualTo("SUBMITTED");
            assertThat(body.get("to").asString()).isEqualTo("ACCEPTED");
            assertThat(body.get("seq").asInt()).isEqualTo(1);
            assertThat(body.get("actor").get("id").asString()).isEqualTo("crm:RU-MOW");
        }
    }

    @Test
    void aChangeWhoseDeliveryWasNeverStoredIsFoundByTheSweepAndDeliveredOnce() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0);
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service = start(telegram)) {
            String number = submit(service, "RU-MOW", "conv-hook-2");
            Instant before = Instant.now();
            // the change is stored while no webhook is known: as if the service stopped before storing its delivery
            service.bean(RequestLifecycle.class).take(number, CRM, Instant.now());
            service.bean(MongoWebhooks.class).set(new Webhook("RU-MOW", receiver.url(), SECRET, "42", before, before));

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.calls().isEmpty());
            service.bean(WebhookOutbox.class).sweep();
            service.bean(WebhookDispatcher.class).dispatchDue();

            assertThat(receiver.calls())
                    .extracting(WebhookReceiver.Call::idempotencyKey)
                    .containsExactly(number + ":1");
        }
    }

    @Test
    void changesInOtherRegionsAndBeforeTheWebhookWasSetAreNotSent() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0);
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service = start(telegram)) {
            RequestLifecycle lifecycle = service.bean(RequestLifecycle.class);
            String old = submit(service, "RU-MOW", "conv-hook-3");
            lifecycle.take(old, CRM, Instant.now());
            Instant now = Instant.now();
            service.bean(MongoWebhooks.class).set(new Webhook("RU-MOW", receiver.url(), SECRET, "42", now, now));
            String elsewhere = submit(service, "RU-SPE", "conv-hook-4");
            lifecycle.take(elsewhere, new Actor(Actor.Role.CRM, "crm:RU-SPE", "CRM RU-SPE"), Instant.now());
            lifecycle.change(old, CRM, RequestStatus.DONE, null, Instant.now());

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.calls().isEmpty());
            service.bean(WebhookOutbox.class).sweep();
            service.bean(WebhookDispatcher.class).dispatchDue();

            assertThat(receiver.calls())
                    .extracting(WebhookReceiver.Call::idempotencyKey)
                    .containsExactly(old + ":2");
        }
    }

    /**
     * The receivers here are on 127.0.0.1, which webhooks may not reach unless the allow-list names it: these tests
     * name it, as a CRM inside the service's own network would be named. The secret key lets secrets be stored.
     */
    private RunningService start(FakeTelegram telegram) {
        return RunningService.start(
                telegram,
                data,
                "together.crm.webhook.allow=127.0.0.1/32",
                "together.crm.secret-key=" + WebhookCommandTest.TEST_KEY,
                "together.crm.webhook.dispatch-interval=100ms",
                "together.crm.webhook.sweep-interval=300ms",
                "together.crm.webhook.initial-backoff=100ms",
                "together.crm.webhook.max-backoff=1s");
    }

    /**
     * How a receiver checks the signature (as in docs/crm-api.md): the time is within five minutes, and one of the
     * {@code v1} values is the hex HMAC-SHA256 of {@code "<t>.<raw body>"} with the secret.
     */
    private static boolean verified(String secret, String header, String body) throws Exception {
        long t = -1;
        List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = Long.parseLong(kv[1]);
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (Math.abs(Instant.now().getEpochSecond() - t) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = HexFormat.of()
                .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.US_ASCII);
        return signatures.stream()
                .anyMatch(s -> java.security.MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.US_ASCII)));
    }
}
