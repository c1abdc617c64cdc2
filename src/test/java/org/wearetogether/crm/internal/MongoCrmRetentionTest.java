package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.testing.MongoFixtures;

class MongoCrmRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final List<RetentionRule> rules =
            new MongoCrmRetention(mongo.database(), RetentionSettings.defaults()).retentionRules();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void deletesWebhookDeliveriesOlderThanThirtyDaysDeliveredOrNot() {
        var deliveries = mongo.database().getCollection(MongoWebhookDeliveries.COLLECTION);
        deliveries.insertOne(delivery("delivered-old", 31, false));
        deliveries.insertOne(delivery("failing-old", 31, true));
        deliveries.insertOne(delivery("recent", 29, false));

        assertThat(rule("webhook-deliveries").expiry().expire(NOW, 10)).isEqualTo(2);
        assertThat(ids(MongoWebhookDeliveries.COLLECTION)).containsExactly("recent");
    }

    @Test
    void deletesApiKeysRevokedOrExpiredLongerThanTheAuditsPeriodAgo() {
        var keys = mongo.database().getCollection(MongoApiKeys.COLLECTION);
        keys.insertOne(new Document("_id", "revoked-old").append("revokedAt", daysAgo(366)));
        keys.insertOne(new Document("_id", "expired-old").append("expiresAt", daysAgo(400)));
        keys.insertOne(new Document("_id", "revoked-recent").append("revokedAt", daysAgo(10)));
        keys.insertOne(new Document("_id", "valid").append("expiresAt", Date.from(NOW.plus(Duration.ofDays(9)))));
        keys.insertOne(new Document("_id", "no-expiry").append("expiresAt", null));

        assertThat(rule("crm-api-keys").expiry().expire(NOW, 10)).isEqualTo(2);
        assertThat(ids(MongoApiKeys.COLLECTION)).containsExactlyInAnyOrder("revoked-recent", "valid", "no-expiry");
    }

    @Test
    void webhookSettingsAreKeptWhileSwitchedOn() {
        assertThat(rule("crm-webhooks").expiry()).isSameAs(RetentionRule.Expiry.NEVER);
    }

    private static Document delivery(String id, int daysAgo, boolean pending) {
        return new Document("_id", id).append("pending", pending).append("createdAt", daysAgo(daysAgo));
    }

    private static Date daysAgo(int days) {
        return Date.from(NOW.minus(Duration.ofDays(days)));
    }

    private List<Object> ids(String collection) {
        List<Object> ids = new ArrayList<>();
        mongo.database().getCollection(collection).find().forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    private RetentionRule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
