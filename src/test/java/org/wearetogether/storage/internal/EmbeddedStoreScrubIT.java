package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.storage.StoreScrub;

/**
 * Deleted and overwritten documents leave the embedded store's files after a scrub: the write-ahead log is emptied and
 * the H2 file keeps no old chunk with them, while every live document stays, also in the file a kill leaves.
 */
class EmbeddedStoreScrubIT {

    private static final String SENTINEL = "Sentinel-Qwzx-79161230077";
    private static final int LIVE = 3_000;

    @TempDir
    Path dataDir;

    @TempDir
    Path crashCopy;

    @Test
    void erasedDocumentsLeaveTheLogAndTheStoreFileWhileLiveOnesStayAlsoInTheFileAKillLeaves() throws IOException {
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir, false, Duration.ofHours(1));
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("together").getCollection("people");
            writeLiveDocuments(people);
            eraseSentinels(client.getDatabase("together"), people);
            store.scrubBy(Instant.now().plusSeconds(3600)); // written into the store file, later taken back
            assertThat(hits(store.file()))
                    .as("before the scrub the erased versions are still in the store file")
                    .isPositive();
            people.insertOne(new Document("_id", "logged").append("phone", SENTINEL));
            people.deleteOne(Filters.eq("_id", "logged"));
            assertThat(hits(store.logFile())).as("and in the write-ahead log").isPositive();

            StoreScrub.Scrubbed scrubbed = store.scrub();

            assertThat(hits(store.logFile())).as("write-ahead log").isZero();
            assertThat(hits(store.file())).as("store file").isZero();
            assertThat(scrubbed.zeroedBytes()).isPositive();
            assertThat(scrubbed.fileBytes()).isEqualTo(Files.size(store.file()));
            assertThat(people.countDocuments()).isEqualTo(LIVE);
            // what a kill -9 right now would leave: the files as they are, without a clean close
            Files.copy(store.file(), crashCopy.resolve(EmbeddedMongo.FILE_NAME));
            Files.copy(store.logFile(), crashCopy.resolve(EmbeddedMongo.LOG_FILE_NAME));
            people.insertOne(new Document("_id", "after-the-scrub").append("name", "Zoya"));
        }
        try (EmbeddedMongo killed = EmbeddedMongo.start(crashCopy, false, Duration.ofHours(1));
                MongoClient client = MongoClients.create(killed.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("together").getCollection("people");
            assertThat(people.countDocuments()).isEqualTo(LIVE);
            assertThat(people.find(Filters.eq("_id", "p-" + (LIVE - 1))).first())
                    .containsEntry("visits", 1);
        }
        try (EmbeddedMongo reopened = EmbeddedMongo.start(dataDir, false, Duration.ofHours(1), OptionalLong.empty());
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            assertThat(client.getDatabase("together").getCollection("people").countDocuments())
                    .isEqualTo(LIVE + 1L);
            assertThat(hits(reopened.file())).isZero();
        }
    }

    @Test
    void aScrubAskedForRunsAtACheckpointOnceItIsDueEvenAfterARestart() throws Exception {
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir, false, Duration.ofHours(1));
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("together").getCollection("people");
            writeLiveDocuments(people);
            eraseSentinels(client.getDatabase("together"), people);
            store.scrubBy(Instant.now().plusMillis(500));
        } // closed before it was due: the request is kept in the file
        assertThat(hits(dataDir.resolve(EmbeddedMongo.FILE_NAME))).isPositive();

        try (EmbeddedMongo reopened = EmbeddedMongo.start(dataDir, false, Duration.ofMillis(50))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (hits(reopened.file()) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(hits(reopened.file())).as("scrubbed by a checkpoint").isZero();
        }
    }

    private static void writeLiveDocuments(MongoCollection<Document> people) {
        for (int i = 0; i < LIVE; i++) {
            people.insertOne(new Document("_id", "p-" + i)
                    .append("about", "x".repeat(200))
                    .append("visits", 0));
        }
    }

    /** Sentinel documents written, changed, committed, then deleted or overwritten; and the live ones touched. */
    private static void eraseSentinels(MongoDatabase database, MongoCollection<Document> people) {
        for (int i = 0; i < 20; i++) {
            people.insertOne(new Document("_id", "s-" + i).append("phone", SENTINEL + i));
            people.updateOne(Filters.eq("_id", "s-" + i), Updates.set("door", "code " + SENTINEL));
        }
        commitTheFile(database);
        people.insertOne(new Document("_id", "overwritten").append("phone", SENTINEL));
        people.replaceOne(Filters.eq("_id", "overwritten"), new Document("phone", "erased"));
        people.deleteMany(Filters.regex("_id", "^s-"));
        people.deleteOne(Filters.eq("_id", "overwritten"));
        people.updateMany(Filters.exists("visits"), Updates.inc("visits", 1));
        commitTheFile(database);
    }

    /** A command the log cannot replay (dropping a collection) commits the store file at once. */
    private static void commitTheFile(MongoDatabase database) {
        MongoCollection<Document> scratch = database.getCollection("scratch");
        scratch.insertOne(new Document("_id", 1));
        scratch.drop();
    }

    static int hits(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int hits = 0;
        for (int at = bytes.indexOf(SENTINEL); at >= 0; at = bytes.indexOf(SENTINEL, at + 1)) {
            hits++;
        }
        return hits;
    }
}
