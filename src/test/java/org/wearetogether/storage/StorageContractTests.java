package org.wearetogether.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What features rely on from the store, run against the embedded server and against a real MongoDB. Each test
 * works in its own freshly dropped collections.
 */
abstract class StorageContractTests {

    /** The database under test; its collections may be dropped at will. */
    protected abstract MongoDatabase database();

    private MongoCollection<Document> things;

    @BeforeEach
    void freshCollection() {
        things = database().getCollection("contract_things");
        things.drop();
    }

    /** The write concern request numbers are allocated with (majority, journaled, 10 s) is accepted and applied. */
    @Test
    void aMajorityJournaledIncrementIsAcceptedAndCounts() {
        MongoCollection<Document> durable =
                things.withWriteConcern(WriteConcern.MAJORITY.withJournal(true).withWTimeout(10, TimeUnit.SECONDS));
        FindOneAndUpdateOptions upsert =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE);

        Document first = durable.findOneAndUpdate(Filters.eq("_id", "counter"), Updates.inc("seq", 1L), upsert);
        Document second = durable.findOneAndUpdate(Filters.eq("_id", "counter"), Updates.inc("seq", 1L), upsert);

        assertThat(first).isNull();
        assertThat(second).containsEntry("seq", 1L);
    }

    @Test
    void versionGuardedUpdateAppliesOnceAndAStaleVersionMatchesNothing() {
        things.insertOne(new Document("_id", "c1").append("version", 1).append("step", "a"));

        long first = things.updateOne(
                        Filters.and(Filters.eq("_id", "c1"), Filters.eq("version", 1)),
                        Updates.combine(Updates.set("step", "b"), Updates.inc("version", 1)))
                .getModifiedCount();
        long stale = things.updateOne(
                        Filters.and(Filters.eq("_id", "c1"), Filters.eq("version", 1)),
                        Updates.combine(Updates.set("step", "c"), Updates.inc("version", 1)))
                .getMatchedCount();

        assertThat(first).isEqualTo(1);
        assertThat(stale).isZero();
        assertThat(things.find(Filters.eq("_id", "c1")).first())
                .containsEntry("step", "b")
                .containsEntry("version", 2);
    }

    @Test
    void upsertWithSetOnInsertAndIncReturnsTheDocumentAfterTheUpdate() {
        Document created = nextSequence("MOW");
        Document incremented = nextSequence("MOW");

        assertThat(created).containsEntry("value", 1L).containsEntry("region", "MOW");
        assertThat(incremented).containsEntry("value", 2L).containsEntry("region", "MOW");
    }

    @Test
    void concurrentIncrementsHandOutUniqueSequenceNumbers() throws Exception {
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<List<Long>> drawing = () -> IntStream.range(0, perThread)
                    .mapToObj(i -> nextSequence("SPE").getLong("value"))
                    .toList();
            List<Future<List<Long>>> futures = pool.invokeAll(Collections.nCopies(threads, drawing));
            List<Long> drawn = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                drawn.addAll(future.get(30, TimeUnit.SECONDS));
            }
            assertThat(drawn).doesNotHaveDuplicates().hasSize(threads * perThread);
            assertThat(Collections.max(drawn)).isEqualTo((long) threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    private Document nextSequence(String region) {
        return things.findOneAndUpdate(
                Filters.eq("_id", "seq-" + region),
                Updates.combine(Updates.setOnInsert("region", region), Updates.inc("value", 1L)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    @Test
    void uniqueIndexViolationIsRecognisedAsDuplicateKey() {
        MongoIndexes.ensure(things, new IndexModel(Indexes.ascending("number"), new IndexOptions().unique(true)));
        things.insertOne(new Document("number", "MOW-000001"));

        assertThatThrownBy(() -> things.insertOne(new Document("number", "MOW-000001")))
                .isInstanceOfSatisfying(
                        MongoException.class,
                        e -> assertThat(MongoErrors.isDuplicateKey(e)).isTrue());
    }

    @Test
    void duplicateKeyFromFindOneAndUpdateUpsertIsRecognised() {
        MongoIndexes.ensure(things, new IndexModel(Indexes.ascending("chat"), new IndexOptions().unique(true)));
        things.insertOne(new Document("_id", "a").append("chat", 7));

        assertThatThrownBy(() -> things.findOneAndUpdate(
                        Filters.eq("_id", "b"), Updates.set("chat", 7), new FindOneAndUpdateOptions().upsert(true)))
                .isInstanceOfSatisfying(
                        MongoException.class,
                        e -> assertThat(MongoErrors.isDuplicateKey(e)).isTrue());
    }

    @Test
    void compoundUniqueIndexRejectsOnlyTheSamePair() {
        MongoIndexes.ensure(
                things,
                new IndexModel(Indexes.ascending("chat", "updateId"), new IndexOptions().unique(true)),
                new IndexModel(Indexes.ascending("createdAt")));
        MongoIndexes.ensure(
                things, new IndexModel(Indexes.ascending("chat", "updateId"), new IndexOptions().unique(true)));
        things.insertOne(new Document("chat", 1).append("updateId", 10));
        things.insertOne(new Document("chat", 2).append("updateId", 10));
        things.insertOne(new Document("chat", 1).append("updateId", 11));

        assertThatThrownBy(() -> things.insertOne(new Document("chat", 1).append("updateId", 10)))
                .isInstanceOfSatisfying(
                        MongoException.class,
                        e -> assertThat(MongoErrors.isDuplicateKey(e)).isTrue());
        assertThat(things.countDocuments()).isEqualTo(3);
    }

    @Test
    void pushWithSliceKeepsOnlyTheNewestEntries() {
        things.insertOne(new Document("_id", "p"));
        for (int i = 1; i <= 5; i++) {
            things.updateOne(
                    Filters.eq("_id", "p"), Updates.pushEach("recent", List.of(i), new PushOptions().slice(-3)));
        }

        assertThat(things.find(Filters.eq("_id", "p")).first().getList("recent", Integer.class))
                .containsExactly(3, 4, 5);
    }

    @Test
    void instantsRoundTripAtMillisecondPrecision() {
        Instant now = Instant.parse("2026-11-25T10:15:30.123456Z");
        things.withDocumentClass(Document.class).insertOne(new Document("_id", "t").append("at", now));

        Document stored = things.find(Filters.eq("_id", "t")).first();
        assertThat(stored.getDate("at").toInstant()).isEqualTo(now.truncatedTo(ChronoUnit.MILLIS));
        assertThat(things.countDocuments(Filters.lt("at", now.plusSeconds(1)))).isEqualTo(1);
    }

    /** A stored value as features write them: a record, decoded by the driver's default codecs. */
    public record Stamp(@BsonId String id, Instant at) {}

    @Test
    void recordsWithInstantsRoundTripThroughTheDefaultCodecs() {
        MongoCollection<Stamp> stamps = database().getCollection("contract_things", Stamp.class);
        Stamp stamp = new Stamp("s1", Instant.parse("2026-11-25T10:15:30.123Z"));
        stamps.insertOne(stamp);

        assertThat(stamps.find(Filters.eq("_id", "s1")).first()).isEqualTo(stamp);
    }
}
