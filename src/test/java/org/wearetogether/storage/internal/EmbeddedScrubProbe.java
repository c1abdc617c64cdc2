package org.wearetogether.storage.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.wearetogether.storage.StoreScrub;

/**
 * A manual measurement, not a test: how long a scrub of the embedded store takes (writes and reads wait meanwhile)
 * for a store of a given number of request-sized documents (about 1 KB each), a tenth of them erased and all updated
 * once. Argument: the number of documents. Run with {@code java} on {@code target/test-classes},
 * {@code target/classes} and the libraries.
 */
final class EmbeddedScrubProbe {

    public static void main(String[] args) throws Exception {
        int stored = Integer.parseInt(args[0]);
        Path dataDir = Files.createTempDirectory("scrub");
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir, false, Duration.ofSeconds(1));
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> requests = client.getDatabase("probe").getCollection("requests");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < stored; i++) {
                batch.add(new Document("_id", i)
                        .append("details", "x".repeat(1000))
                        .append("status", "open"));
                if (batch.size() == 1000) {
                    requests.insertMany(batch);
                    batch.clear();
                }
            }
            requests.updateMany(Filters.exists("status"), Updates.set("status", "closed"));
            requests.updateMany(Filters.mod("_id", 10, 0), Updates.unset("details"));
            Thread.sleep(2_000);
            System.out.printf("documents %d, file before %d MB%n", stored, Files.size(store.file()) >> 20);
            for (int round = 1; round <= 2; round++) {
                StoreScrub.Scrubbed scrubbed = store.scrub();
                System.out.printf(
                        "scrub %d: %d ms, file %d MB, zeroed %d MB%n",
                        round, scrubbed.took().toMillis(), scrubbed.fileBytes() >> 20, scrubbed.zeroedBytes() >> 20);
            }
        }
    }
}
