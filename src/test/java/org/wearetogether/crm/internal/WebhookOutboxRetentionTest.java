package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.StatusChange;
import org.wearetogether.testing.MongoFixtures;

/**
 * Retention deletes webhook deliveries after 30 days; a request that changes later (its personal data erased, say)
 * must not make the outbox's sweep queue its old changes again.
 */
class WebhookOutboxRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "501", "Olga");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final WebhookSecrets secrets = new WebhookSecrets(SecretBox.fromSetting(WebhookCommandTest.TEST_KEY));
    private final MongoWebhooks webhooks = new MongoWebhooks(mongo.database(), secrets);
    private final MongoWebhookDeliveries deliveries = new MongoWebhookDeliveries(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aChangeOlderThanTheDeliveriesRetentionIsNeverQueuedAgain() {
        Instant longAgo = NOW.minus(Duration.ofDays(200));
        webhooks.set(new Webhook("RU-MOW", "https://crm.example.org/hook", "whsec_x", "42", longAgo, longAgo));
        List<StatusChange> history = List.of(
                new StatusChange(1, RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, OLGA, null, longAgo),
                new StatusChange(
                        2, RequestStatus.ACCEPTED, RequestStatus.DONE, OLGA, null, NOW.minus(Duration.ofDays(2))));
        WebhookOutbox outbox = new WebhookOutbox(
                // no erasure in this test: the requests are not read
                webhooks, deliveries, new OneRequest(history), null, Duration.ofDays(30), new MovableClock(NOW));

        assertThat(outbox.sweep()).isEqualTo(1);
        assertThat(mongo.database()
                        .getCollection(MongoWebhookDeliveries.COLLECTION)
                        .find()
                        .first()
                        .getInteger("seq"))
                .isEqualTo(2);
    }

    /** One request of RU-MOW, changed lately, with this history. */
    private record OneRequest(List<StatusChange> changes) implements RequestLifecycle {

        @Override
        public List<HelpRequest> inRegion(String regionCode, Query query) {
            return query.skip() == 0 ? List.of(request()) : List.of();
        }

        @Override
        public List<StatusChange> history(String number) {
            return changes;
        }

        private static HelpRequest request() {
            return new HelpRequest(
                    "MOW-000001",
                    RequestStatus.DONE,
                    null,
                    OLGA,
                    "RU-MOW",
                    HelpRequest.ForWhom.RELATIVE,
                    null,
                    new HelpRequest.Beneficiary(null, "age_65_plus", null),
                    null,
                    List.of("groceries"),
                    "today",
                    null,
                    new HelpRequest.Consent("v1", NOW, false),
                    Map.of(),
                    new HelpRequest.Source("telegram", "c1", "request_help", 1, null),
                    NOW.minus(Duration.ofDays(200)),
                    NOW,
                    3);
        }

        @Override
        public Outcome take(String number, Actor actor, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Outcome change(String number, Actor actor, RequestStatus to, String comment, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean rate(String number, String requesterChatKey, int stars, String comment, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<HelpRequest> changedSince(Instant since, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<HelpRequest> unforwarded(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<HelpRequest> unforwardedIn(Collection<String> regionCodes, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Waiting> waitingByRegion() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markForwarded(String number, Instant at) {
            throw new UnsupportedOperationException();
        }
    }
}
