package org.wearetogether.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.testing.MongoFixtures;

class MongoExpiryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoCollection<Document> marks = mongo.database().getCollection("marks");

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void deletesAtMostTheLimitOfTheDocumentsThatMatchAndNoOther() {
        IntStream.range(0, 5).forEach(i -> marks.insertOne(mark(i, NOW.minus(Duration.ofDays(10)))));
        marks.insertOne(mark(9, NOW));
        var old = Filters.lt("at", Date.from(NOW.minus(Duration.ofDays(1))));

        assertThat(MongoExpiry.delete(marks, old, 3)).isEqualTo(3);
        assertThat(MongoExpiry.delete(marks, old, 3)).isEqualTo(2);
        assertThat(MongoExpiry.delete(marks, old, 3)).isZero();
        assertThat(marks.countDocuments()).isEqualTo(1);
    }

    @Test
    void aDocumentWithoutADateIsDatedWhenFirstSeenAndDeletedThePeriodAfter() {
        marks.insertOne(new Document("_id", "MOW-000001").append("seq", 3));
        marks.insertOne(new Document("_id", "MOW-000002").append("seq", 1));
        Duration period = Duration.ofDays(30);

        assertThat(MongoExpiry.deleteSeenBefore(marks, "seen", new Document(), NOW.minus(period), NOW, 10))
                .isZero();
        assertThat(marks.find(Filters.exists("seen")).into(new java.util.ArrayList<>()))
                .hasSize(2);

        Instant later = NOW.plus(period).plusSeconds(1);
        assertThat(MongoExpiry.deleteSeenBefore(marks, "seen", Filters.eq("seq", 3), later.minus(period), later, 10))
                .as("only those also unused")
                .isEqualTo(1);
        assertThat(marks.find().first().get("_id")).isEqualTo("MOW-000002");
    }

    @Test
    void datesALongHistoryInBatchesAndKeepsTheFirstDate() {
        IntStream.range(0, 250).forEach(i -> marks.insertOne(new Document("_id", i)));

        // 20 batches of 10 per step: a first look at a long history is spread over steps, not one write
        MongoExpiry.deleteSeenBefore(marks, "seen", new Document(), NOW.minus(Duration.ofDays(1)), NOW, 10);
        assertThat(marks.countDocuments(Filters.exists("seen"))).isEqualTo(200);

        Instant next = NOW.plus(Duration.ofHours(1));
        MongoExpiry.deleteSeenBefore(marks, "seen", new Document(), NOW, next, 10);
        assertThat(marks.countDocuments(Filters.eq("seen", Date.from(NOW)))).isEqualTo(200);
        assertThat(marks.countDocuments(Filters.eq("seen", Date.from(next)))).isEqualTo(50);
    }

    private static Document mark(int id, Instant at) {
        return new Document("_id", id).append("at", Date.from(at));
    }
}
