package org.wearetogether.storage.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * A manual measurement, not a test: how long the HQ sweep's "not forwarded yet" query takes on the embedded store,
 * which has no index for it and reads every document. Argument: the number of stored documents (small ones, all but
 * ten forwarded). Run with {@code java} on {@code target/test-classes}, {@code target/classes} and the libraries.
 */
final class EmbeddedScanProbe {

    public static void main(String[] args) throws Exception {
        int stored = Integer.parseInt(args[0]);
        try (EmbeddedMongo store = EmbeddedMongo.start(Files.createTempDirectory("scan"), false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> requests = client.getDatabase("probe").getCollection("requests");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < stored; i++) {
                documents.add(
                        new Document("_id", i).append("createdAt", new Date(i)).append("pad", "x".repeat(200)));
            }
            requests.insertMany(documents);
            requests.updateMany(Filters.lt("_id", stored - 10), Updates.set("forwardedAt", new Date()));
            for (int round = 1; round <= 3; round++) {
                long started = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    requests.find(Filters.exists("forwardedAt", false))
                            .sort(Sorts.ascending("createdAt"))
                            .limit(100)
                            .into(new ArrayList<>());
                }
                System.out.printf(
                        "round %d: %.1f ms a query over %d documents%n",
                        round, (System.nanoTime() - started) / 20e6, stored);
            }
        }
    }

    private EmbeddedScanProbe() {}
}
