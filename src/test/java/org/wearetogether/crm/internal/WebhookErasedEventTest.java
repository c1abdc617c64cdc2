package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.StatusChange;
import org.wearetogether.testing.MongoFixtures;

/** A request's erasure reaches its region's CRM as an {@code erased} event, and its stored deliveries lose comments. */
class WebhookErasedEventTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final String NUMBER = "MOW-000123";

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoWebhooks webhooks =
            new MongoWebhooks(mongo.database(), new WebhookSecrets(SecretBox.fromSetting(WebhookCommandTest.TEST_KEY)));
    private final MongoWebhookDeliveries deliveries = new MongoWebhookDeliveries(mongo.database());
    private final WebhookOutbox outbox = new WebhookOutbox(
            webhooks,
            deliveries,
            null,
            new OneRequest(),
            java.time.Duration.ofDays(30),
            Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theCrmGetsAnErasedEventThatSaysOnlyTheNumberRegionAndTime() {
        webhooks.set(new Webhook("RU-MOW", "https://crm.example/hook", "s3cret", "900", T0, T0));

        outbox.on(new RequestErased(NUMBER, RequestErased.Why.ADMIN));

        WebhookDelivery erased =
                deliveries.claimDue(T0.plusSeconds(60), Duration.ofMinutes(1)).orElseThrow();
        assertThat(erased.idempotencyKey()).isEqualTo("MOW-000123:erased");
        assertThat(erased.body())
                .isEqualTo("{\"idempotencyKey\":\"MOW-000123:erased\",\"event\":\"erased\",\"number\":\"MOW-000123\","
                        + "\"region\":\"RU-MOW\",\"personalDataErased\":true,\"at\":\"2026-12-01T08:01:00Z\"}");
    }

    @Test
    void hearingTheErasureTwiceQueuesOneEvent() {
        webhooks.set(new Webhook("RU-MOW", "https://crm.example/hook", "s3cret", "900", T0, T0));

        outbox.on(new RequestErased(NUMBER, RequestErased.Why.REQUESTER));
        outbox.on(new RequestErased(NUMBER, RequestErased.Why.REQUESTER));

        assertThat(mongo.database().getCollection("webhook_deliveries").countDocuments())
                .isEqualTo(1);
    }

    @Test
    void storedDeliveriesOfTheRequestLoseTheirCommentsAndKeepTheirKeys() {
        webhooks.set(new Webhook("RU-MOW", "https://crm.example/hook", "s3cret", "900", T0, T0));
        StatusChange done = new StatusChange(
                2,
                RequestStatus.IN_PROGRESS,
                RequestStatus.DONE,
                new Actor(Actor.Role.COORDINATOR, "501", "Olga"),
                "Нина Петровна в больнице, ключи у соседки",
                T0);
        deliveries.add("RU-MOW", NUMBER, 2, WebhookPayload.json(NUMBER, "RU-MOW", done), T0);

        outbox.on(new RequestErased(NUMBER, RequestErased.Why.ADMIN));

        Document stored = mongo.database()
                .getCollection("webhook_deliveries")
                .find(new Document("seq", 2))
                .first();
        assertThat(stored.getString("body"))
                .doesNotContain("Нина", "comment")
                .contains("\"idempotencyKey\":\"MOW-000123:2\"", "\"to\":\"DONE\"", "\"event\":\"status_changed\"");
    }

    @Test
    void aRequestersOwnCancelInAStoredDeliveryNoLongerNamesThem() {
        webhooks.set(new Webhook("RU-MOW", "https://crm.example/hook", "s3cret", "900", T0, T0));
        StatusChange cancelled = new StatusChange(
                1,
                RequestStatus.SUBMITTED,
                RequestStatus.CANCELLED,
                new Actor(Actor.Role.REQUESTER, "telegram:1001", "Анна"),
                null,
                T0);
        deliveries.add("RU-MOW", NUMBER, 1, WebhookPayload.json(NUMBER, "RU-MOW", cancelled), T0);

        outbox.on(new RequestErased(NUMBER, RequestErased.Why.REQUESTER));

        Document stored = mongo.database()
                .getCollection("webhook_deliveries")
                .find(new Document("seq", 1))
                .first();
        assertThat(stored.getString("body"))
                .doesNotContain("1001", "Анна")
                .contains("\"actor\":{\"role\":\"REQUESTER\",\"name\":\"requester\"}");
    }

    @Test
    void aRegionWithoutAWebhookGetsNothing() {
        outbox.on(new RequestErased(NUMBER, RequestErased.Why.ADMIN));

        assertThat(mongo.database().getCollection("webhook_deliveries").countDocuments())
                .isZero();
    }

    /** The erased request as the store keeps it: the number and region stay. */
    private static final class OneRequest implements HelpRequests {
        @Override
        public Submitted submit(HelpRequest draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<HelpRequest> byNumber(String number) {
            if (!NUMBER.equals(number)) {
                return Optional.empty();
            }
            return Optional.of(new HelpRequest(
                    NUMBER,
                    RequestStatus.CANCELLED,
                    null,
                    null,
                    "RU-MOW",
                    HelpRequest.ForWhom.RELATIVE,
                    null,
                    new HelpRequest.Beneficiary(null, "age_65_plus", null),
                    null,
                    List.of("medicines"),
                    "today",
                    null,
                    new HelpRequest.Consent("v1", T0, true),
                    Map.of(),
                    new HelpRequest.Source("telegram", "c-1", "operator_call", 1, null),
                    T0,
                    T0,
                    3));
        }

        @Override
        public Optional<HelpRequest> byConversation(String conversationId) {
            return Optional.empty();
        }

        @Override
        public List<HelpRequest> byRequester(String chatKey, int limit) {
            return List.of();
        }
    }
}
