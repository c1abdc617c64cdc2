package org.wearetogether.broadcasts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
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

class MongoBroadcastRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final List<RetentionRule> rules =
            new MongoBroadcastRetention(mongo.database(), RetentionSettings.defaults()).retentionRules();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void deletesTheLedgerOfABroadcastFinishedLongerThanThirtyDaysAgoAndKeepsTheBroadcast() {
        broadcast(1L, 31);
        broadcast(2L, 29);
        broadcast(3L, null); // still sending
        chunks(1L, 3);
        chunks(2L, 2);
        chunks(3L, 1);

        assertThat(rule("broadcast-ledgers").expiry().expire(NOW, 10)).isEqualTo(3);
        assertThat(rule("broadcast-ledgers").expiry().expire(NOW, 10))
                .as("once")
                .isZero();

        assertThat(ids("broadcast_ledger")).containsExactlyInAnyOrder("2:000000", "2:000001", "3:000000");
        assertThat(ids("broadcasts")).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void deletesABroadcastAYearAfterItFinished() {
        broadcast(1L, 366);
        broadcast(2L, 364);
        chunks(1L, 1);

        assertThat(rule("broadcasts").expiry().expire(NOW, 10)).isEqualTo(1);
        assertThat(ids("broadcasts")).containsExactly(2L);
        assertThat(ids("broadcast_ledger")).isEmpty();
    }

    @Test
    void deletesDraftsLeftUnsentForAWeek() {
        var drafts = mongo.database().getCollection("broadcast_drafts");
        drafts.insertOne(new Document("_id", "901").append("at", Date.from(NOW.minus(Duration.ofDays(8)))));
        drafts.insertOne(new Document("_id", "902").append("at", Date.from(NOW.minus(Duration.ofDays(1)))));

        assertThat(rule("broadcast-drafts").expiry().expire(NOW, 10)).isEqualTo(1);
        assertThat(ids("broadcast_drafts")).containsExactly("902");
    }

    private void broadcast(long id, Integer finishedDaysAgo) {
        Document d = new Document("_id", id).append("state", finishedDaysAgo == null ? "SENDING" : "DONE");
        if (finishedDaysAgo != null) {
            d.append("finished", Date.from(NOW.minus(Duration.ofDays(finishedDaysAgo))));
        }
        mongo.database().getCollection("broadcasts").insertOne(d);
    }

    private void chunks(long broadcast, int count) {
        for (int no = 0; no < count; no++) {
            mongo.database()
                    .getCollection("broadcast_ledger")
                    .insertOne(new Document("_id", MongoLedger.id(broadcast, no))
                            .append("b", broadcast)
                            .append("n", no)
                            .append("r", List.of(new Document("k", "telegram:7").append("s", "S"))));
        }
    }

    private List<Object> ids(String collection) {
        List<Object> ids = new ArrayList<>();
        mongo.database().getCollection(collection).find(Filters.empty()).forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    private RetentionRule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
