package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.IntakeSettings;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.testing.MongoFixtures;

class MongoHqRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoHqRetention retention = new MongoHqRetention(
            mongo.database(),
            RetentionSettings.defaults(),
            new IntakeSettings(Duration.ofDays(180), Duration.ofMinutes(1), 3));
    private final List<RetentionRule> rules = retention.retentionRules();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void cardIdsAndNoticeMarksOutliveTheRequestsPersonalDataThenGo() {
        assertThat(retention.perRequest()).isEqualTo(Duration.ofDays(60 + 180 + 30));
        insert("hq_cards", new Document("number", "MOW-000001").append("chatKey", "telegram:-100"));
        insert("hq_notices", new Document("_id", "MOW-000001").append("seq", 3));

        assertThat(expire("hq-cards", NOW)).isZero();
        assertThat(expire("hq-notices", NOW)).isZero();
        Instant justBefore = NOW.plus(retention.perRequest()).minusSeconds(1);
        assertThat(expire("hq-cards", justBefore)).isZero();

        Instant after = NOW.plus(retention.perRequest()).plusSeconds(1);
        assertThat(expire("hq-cards", after)).isEqualTo(1);
        assertThat(expire("hq-notices", after)).isEqualTo(1);
    }

    @Test
    void aLongerPersonalDataRetentionKeepsTheCardsLongerToo() {
        MongoHqRetention longer = new MongoHqRetention(
                mongo.database(),
                RetentionSettings.defaults(),
                new IntakeSettings(Duration.ofDays(365), Duration.ofMinutes(1), 3));

        assertThat(longer.perRequest()).isEqualTo(Duration.ofDays(60 + 365 + 30));
    }

    @Test
    void slaTimersGoOnlyOnceNoTimerIsLeftAndAWeekHasPassed() {
        insert("hq_sla", new Document("_id", "MOW-000001"));
        insert("hq_sla", new Document("_id", "MOW-000002").append("remindAt", Date.from(NOW.plusSeconds(60))));
        expire("hq-sla", NOW);

        assertThat(expire("hq-sla", NOW.plus(Duration.ofDays(8)))).isEqualTo(1);
        assertThat(ids("hq_sla")).containsExactly("MOW-000002");
    }

    @Test
    void marksAndWaitsGoOnceOfNoUse() {
        insert("hq_unrouted_told", new Document("_id", "RU-MOW").append("toldAt", daysAgo(8)));
        insert("hq_unrouted_told", new Document("_id", "RU-SPE").append("toldAt", daysAgo(1)));
        insert("hq_comments", new Document("_id", "telegram:1").append("until", Date.from(NOW.minusSeconds(1))));

        assertThat(expire("hq-unrouted-told", NOW)).isEqualTo(1);
        assertThat(expire("hq-comments", NOW)).isEqualTo(1);
        assertThat(ids("hq_unrouted_told")).containsExactly("RU-SPE");
    }

    private int expire(String rule, Instant at) {
        return rules.stream()
                .filter(r -> r.name().equals(rule))
                .findFirst()
                .orElseThrow()
                .expiry()
                .expire(at, 10);
    }

    private void insert(String collection, Document d) {
        mongo.database().getCollection(collection).insertOne(d);
    }

    private static Date daysAgo(int days) {
        return Date.from(NOW.minus(Duration.ofDays(days)));
    }

    private List<Object> ids(String collection) {
        List<Object> ids = new ArrayList<>();
        mongo.database().getCollection(collection).find().forEach(d -> ids.add(d.get("_id")));
        return ids;
    }
}
