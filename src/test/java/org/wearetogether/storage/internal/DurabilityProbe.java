package org.wearetogether.storage.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Run in a child JVM by {@link EmbeddedDurabilityIT}: writes to the embedded store, reports every acknowledged
 * write on stdout, then dies at once with {@link Runtime#halt} (like {@code kill -9}: no shutdown hooks, no close).
 *
 * <p>Arguments: data folder, number of writes, and {@code durable} (the service's store), {@code fsync} (the same,
 * forcing each write to the device), {@code stock}
 * (mongo-java-server's own H2 backend, to show what the durable one prevents) or {@code mixed}: every kind of write
 * the store logs or commits at once, including ones that fail, with checkpoints held off so that all writes after
 * the last command committed at once are in the log only; it prints the collection as the killed process saw it.
 */
final class DurabilityProbe {

    static final String COLLECTION = "probe";
    static final String STATE = "STATE ";
    static final String BULK = "BULK ";
    static final String BULK_COLLECTION = "bulk";
    static final int BULK_DOCUMENTS = 20_000;
    static final int BULK_ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int writes = Integer.parseInt(args[1]);
        if ("mixed".equals(args[2])) {
            writeEveryKind(EmbeddedMongo.start(dataDir, false, Duration.ofHours(1)), writes);
        }
        String uri = "stock".equals(args[2])
                ? startStock(dataDir)
                : EmbeddedMongo.start(dataDir, "fsync".equals(args[2])).connectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> probe = client.getDatabase("together").getCollection(COLLECTION);
            for (int i = 1; i <= writes; i++) {
                probe.insertOne(new Document("_id", i));
                Document counter = probe.findOneAndUpdate(
                        new Document("_id", "counter"),
                        Updates.inc("value", 1),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                System.out.println("ACKED " + counter.getInteger("value"));
            }
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static void writeEveryKind(EmbeddedMongo store, int counterIncrements) {
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> probe = client.getDatabase("together").getCollection(COLLECTION);
            probe.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            MongoCollection<Document> bulk = client.getDatabase("together").getCollection(BULK_COLLECTION);
            changeMegabytes(bulk);
            List<Document> people = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                people.add(
                        new Document("_id", i).append("email", "p" + i + "@x").append("n", 0));
            }
            probe.insertMany(people);
            probe.updateMany(new Document(), Updates.inc("n", 1));
            // the server chooses the _id of this one: committed at once, not logged
            probe.updateOne(Filters.eq("email", "new@x"), Updates.set("n", 5), new UpdateOptions().upsert(true));
            probe.findOneAndUpdate(Filters.eq("_id", 3), Updates.push("tags", "a"));
            probe.replaceOne(Filters.eq("_id", 4), new Document("email", "p4@x").append("replaced", true));
            probe.deleteOne(Filters.eq("_id", 5));
            ignoringDuplicates(() -> probe.insertOne(new Document("_id", 100).append("email", "p1@x")));
            ignoringDuplicates(() -> probe.insertMany(
                    List.of(
                            new Document("_id", 101).append("email", "a@x"),
                            new Document("_id", 102).append("email", "p2@x"),
                            new Document("_id", 103).append("email", "b@x")),
                    new InsertManyOptions().ordered(false)));
            ignoringDuplicates(() -> probe.updateOne(Filters.eq("_id", 6), Updates.set("email", "p7@x")));
            for (int i = 0; i < counterIncrements; i++) {
                probe.findOneAndUpdate(
                        Filters.eq("_id", "counter"),
                        Updates.inc("value", 1),
                        new FindOneAndUpdateOptions().upsert(true));
            }
            System.out.println(STATE + stateOf(probe));
            System.out.println(BULK + bulkSum(bulk));
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    /**
     * Changes whose unsaved pages pass MVStore's own auto-commit threshold (19 MiB by its estimate) within single
     * commands: the store commits them early, between commands, and the writes after them go to the log.
     */
    private static void changeMegabytes(MongoCollection<Document> bulk) {
        String pad = "x".repeat(100);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < BULK_DOCUMENTS; i++) {
            documents.add(new Document("_id", i).append("n", 0).append("pad", pad));
        }
        bulk.insertMany(documents);
        for (int round = 0; round < BULK_ROUNDS; round++) {
            bulk.updateMany(new Document(), Updates.inc("n", 1));
        }
    }

    /** How many documents the bulk collection holds and the sum of their counters. */
    static String bulkSum(MongoCollection<Document> bulk) {
        long count = 0;
        long sum = 0;
        for (Document d : bulk.find()) {
            count++;
            sum += d.getInteger("n");
        }
        return count + " " + sum;
    }

    /** The collection as one line of JSON, documents in {@code _id} order. */
    static String stateOf(MongoCollection<Document> collection) {
        List<String> documents = new ArrayList<>();
        collection.find().sort(Sorts.ascending("_id")).forEach(d -> documents.add(d.toJson()));
        return String.join(",", documents);
    }

    private static void ignoringDuplicates(Runnable write) {
        try {
            write.run();
        } catch (MongoException expected) {
            // a duplicate email: what it changed (an unordered batch keeps the others) is what replay must repeat
        }
    }

    private static String startStock(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        MongoServer server = new MongoServer(
                new H2Backend(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString()));
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    private DurabilityProbe() {}
}
