package org.wearetogether.storage.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;

/**
 * A manual measurement, not a test: single-thread {@code findOneAndUpdate} (upsert, {@code $inc}, AFTER) per
 * second on each kind of embedded store. Arguments: {@code memory|stock|durable|fsync} and the number of operations.
 */
final class EmbeddedThroughputProbe {

    public static void main(String[] args) throws Exception {
        int operations = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path dataDir = Files.createTempDirectory("throughput");
        AutoCloseable server;
        String uri;
        switch (args[0]) {
            case "durable", "fsync" -> {
                EmbeddedMongo embedded = EmbeddedMongo.start(dataDir, "fsync".equals(args[0]));
                server = embedded;
                uri = embedded.connectionString();
            }
            default -> {
                MongoServer mongo = new MongoServer(
                        "memory".equals(args[0])
                                ? new MemoryBackend()
                                : new H2Backend(dataDir.resolve("stock.mv.db").toString()));
                mongo.bind(new InetSocketAddress("127.0.0.1", 0));
                server = mongo::shutdown;
                uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
            }
        }
        try (server;
                MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> collection =
                    client.getDatabase("together").getCollection("throughput");
            run(collection, operations / 5, threads); // warm-up
            long start = System.nanoTime();
            run(collection, operations, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "%s, %d thread(s): %d ops in %.2f s = %.0f ops/s%n",
                    args[0], threads, operations, seconds, operations / seconds);
        }
    }

    private static void run(MongoCollection<Document> collection, int operations, int threads) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            done.add(pool.submit(() -> runKeys(collection, offset * 1000, operations / threads)));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static void runKeys(MongoCollection<Document> collection, int firstKey, int operations) {
        FindOneAndUpdateOptions options =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        for (int i = 0; i < operations; i++) {
            collection.findOneAndUpdate(
                    new Document("_id", "c" + (firstKey + i % 1000)),
                    Updates.combine(Updates.inc("n", 1), Updates.set("step", "s" + i)),
                    options);
        }
    }

    private EmbeddedThroughputProbe() {}
}
