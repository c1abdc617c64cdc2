package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.BsonBinary;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file keeps documents as BSON, reads files written by the stock backend (Java
 * serialization), and every value type the service can write comes back as it went in, across restarts.
 */
class EmbeddedFileFormatIT {

    private static final String COLLECTION = "format_probe";

    @TempDir
    Path dataDir;

    @Test
    void everyValueTypeSurvivesARestart() {
        List<Document> beforeRestart = new ArrayList<>();
        withEmbeddedStore(things -> {
            things.insertMany(documents(300));
            beforeRestart.addAll(all(things));
        });

        withEmbeddedStore(things -> assertThat(all(things)).hasSize(300).isEqualTo(beforeRestart));
    }

    @Test
    void aFileWrittenByTheStockBackendIsReadAndRewrittenAsBson() throws Exception {
        List<Document> written = new ArrayList<>();
        withStockBackend(things -> {
            things.insertMany(documents(300));
            things.createIndex(Indexes.ascending("text"), new IndexOptions().unique(true));
            things.createIndex(Indexes.ascending("oid", "long"), new IndexOptions().unique(true));
            written.addAll(all(things));
        });

        withEmbeddedStore(things -> {
            assertThat(all(things)).hasSize(300).isEqualTo(written);
            assertIndexesServeLookups(things, written);
            things.updateOne(Filters.eq("_id", 7), Updates.set("text", "changed after the upgrade"));
            written.get(7).put("text", "changed after the upgrade");
        });

        withEmbeddedStore(things -> {
            assertThat(all(things)).isEqualTo(written);
            assertIndexesServeLookups(things, written);
            assertThat(things.find(Filters.eq("text", "changed after the upgrade"))
                            .first())
                    .isEqualTo(written.get(7));
            assertThat(things.find(Filters.eq("flag", true)).into(new ArrayList<>()))
                    .hasSize(150);
        });
    }

    /** Re-sorted index maps find every key and still refuse a duplicate. */
    private static void assertIndexesServeLookups(MongoCollection<Document> things, List<Document> written) {
        for (Document document : written) {
            assertThat(things.find(Filters.eq("_id", document.get("_id"))).first())
                    .isEqualTo(document);
            assertThat(things.find(Filters.and(
                                    Filters.eq("oid", document.get("oid")), Filters.eq("long", document.get("long"))))
                            .first())
                    .isEqualTo(document);
        }
        assertThatThrownBy(() -> things.insertOne(
                        new Document("_id", -1).append("text", written.get(3).get("text"))))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> things.insertOne(new Document("_id", 5)))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
    }

    /** As the driver decodes them: what the store gives back is compared, not the Java types that went in. */
    private static List<Document> all(MongoCollection<Document> things) {
        return things.find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    @Test
    void bsonTakesLessRoomThanJavaSerialization() throws Exception {
        withStockBackend(things -> things.insertMany(documents(2000)));
        long stock = Files.size(dataDir.resolve(EmbeddedMongo.FILE_NAME));
        Path bsonDir = Files.createDirectories(dataDir.resolve("bson"));
        try (EmbeddedMongo server = EmbeddedMongo.start(bsonDir, false);
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("together").getCollection(COLLECTION).insertMany(documents(2000));
        }
        assertThat(Files.size(bsonDir.resolve(EmbeddedMongo.FILE_NAME))).isLessThan(stock);
    }

    /** Documents with every BSON type the service's code and the driver's codecs produce. */
    private static List<Document> documents(int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(new Document("_id", i)
                    .append("text", "Тамара Ивановна №" + i + " ✓")
                    .append("long", 1L << 40 | i)
                    .append("double", i / 3.0)
                    .append("decimal", Decimal128.parse("12345.678" + i))
                    .append("flag", i % 2 == 0)
                    .append("nothing", null)
                    .append(
                            "at",
                            Date.from(Instant.parse("2026-11-25T10:15:30.123Z").plusSeconds(i)))
                    .append("oid", new ObjectId(Date.from(Instant.ofEpochSecond(1_700_000_000L + i)), i))
                    .append("uuid", new BsonBinary(UUID.nameUUIDFromBytes(new byte[] {(byte) i})))
                    .append("bytes", new byte[] {1, 2, (byte) i})
                    .append("list", List.of("a", i, List.of(new Document("deep", i))))
                    .append("nested", new Document("answers", new Document("age", "75+").append("step", i))));
        }
        return documents;
    }

    private void withEmbeddedStore(Consumer<MongoCollection<Document>> work) {
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir, false);
                MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(client.getDatabase("together").getCollection(COLLECTION));
        }
    }

    /** mongo-java-server's own H2 backend, as the embedded store was before it wrote BSON. */
    private void withStockBackend(Consumer<MongoCollection<Document>> work) throws Exception {
        Files.createDirectories(dataDir);
        MVStore store = new MVStore.Builder()
                .fileName(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString())
                .open();
        H2Backend backend = new H2Backend(store);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client.getDatabase("together").getCollection(COLLECTION));
        } finally {
            server.shutdown();
            store.close();
        }
    }
}
