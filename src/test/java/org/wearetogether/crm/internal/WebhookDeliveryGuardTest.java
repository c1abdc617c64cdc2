package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.crm.CrmSettings;
import org.wearetogether.testing.MongoFixtures;

/**
 * The check is made again at delivery, on the address connected to: a webhook stored before (or around) the check,
 * pointing at this machine, never receives a call unless the allow-list names it; the refusal is kept as the failure.
 */
class WebhookDeliveryGuardTest {

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final WebhookSecrets secrets = new WebhookSecrets(SecretBox.fromSetting(WebhookCommandTest.TEST_KEY));
    private final MongoWebhooks webhooks = new MongoWebhooks(mongo.database(), secrets);
    private final MongoWebhookDeliveries deliveries = new MongoWebhookDeliveries(mongo.database());
    private final MovableClock clock = new MovableClock(Instant.now());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aDeliveryToALoopbackReceiverIsRefusedWithoutTheAllowListAndSentWithIt() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            Instant now = clock.instant();
            webhooks.set(new Webhook("RU-MOW", receiver.url(), "whsec_x", "42", now, now));
            deliveries.add("RU-MOW", "MOW-000001", 1, "{\"n\":1}", now);

            assertThat(dispatcher(List.of()).dispatchDue()).isZero();
            assertThat(receiver.calls()).isEmpty();
            Document failed = mongo.database()
                    .getCollection(MongoWebhookDeliveries.COLLECTION)
                    .find()
                    .first();
            assertThat(failed.toJson()).contains("127.0.0.1").contains("TOGETHER_WEBHOOK_ALLOW");

            clock.advance(Duration.ofHours(2));
            assertThat(dispatcher(List.of("127.0.0.1/32")).dispatchDue()).isEqualTo(1);
            assertThat(receiver.calls()).hasSize(1);
        }
    }

    @Test
    void aNameIsResolvedAndCheckedByTheClientAtConnectionSoAHostNameForThisMachineIsRefusedToo() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            Instant now = clock.instant();
            String byName = receiver.url().replace("127.0.0.1", "localhost");
            webhooks.set(new Webhook("RU-MOW", byName, "whsec_x", "42", now, now));
            deliveries.add("RU-MOW", "MOW-000003", 1, "{\"n\":3}", now);

            assertThat(dispatcher(List.of()).dispatchDue()).isZero();
            assertThat(receiver.calls()).isEmpty();
            assertThat(mongo.database()
                            .getCollection(MongoWebhookDeliveries.COLLECTION)
                            .find()
                            .first()
                            .toJson())
                    .contains("localhost resolves to");

            clock.advance(Duration.ofHours(2));
            assertThat(dispatcher(List.of("localhost")).dispatchDue()).isEqualTo(1);
            assertThat(receiver.calls()).hasSize(1);
        }
    }

    @Test
    void theSignatureSignsTheTimeAndTheBodyWithTheSecretAndIsFreshOnEachAttempt() {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1)) {
            Instant now = clock.instant();
            webhooks.set(new Webhook("RU-MOW", receiver.url(), "whsec_x", "42", now, now));
            deliveries.add("RU-MOW", "MOW-000002", 1, "{\"n\":2}", now);
            WebhookDispatcher dispatcher = dispatcher(List.of("127.0.0.1"));

            dispatcher.dispatchDue();
            clock.advance(Duration.ofMinutes(10));
            dispatcher.dispatchDue();

            List<WebhookReceiver.Call> calls = receiver.calls();
            assertThat(calls).hasSize(2);
            long t1 = now.getEpochSecond();
            long t2 = t1 + 600;
            assertThat(calls.get(0).signature())
                    .isEqualTo("t=" + t1 + ",v1=" + WebhookSignature.hmac("whsec_x", t1 + ".{\"n\":2}"));
            assertThat(calls.get(1).signature())
                    .isEqualTo("t=" + t2 + ",v1=" + WebhookSignature.hmac("whsec_x", t2 + ".{\"n\":2}"));
        }
    }

    private WebhookDispatcher dispatcher(List<String> allow) {
        CrmSettings settings = new CrmSettings(
                Duration.ofSeconds(1),
                Duration.ofMinutes(5),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofMinutes(1),
                allow,
                Duration.ofDays(1));
        return new WebhookDispatcher(webhooks, deliveries, settings, WebhookTargets.usingSystemDns(allow), clock);
    }
}
