package org.wearetogether.intake.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.time.Duration;
import org.bson.Document;
import org.wearetogether.storage.internal.EmbeddedMongo;

/**
 * A manual measurement, not a test: request numbers per second from one thread on the embedded store (fsync off, the
 * default), allocated as {@link MongoRequestNumbers} does (majority, journaled) and, for comparison, the same
 * {@code findOneAndUpdate} with the default write concern, as numbers were allocated before. Rounds alternate, so
 * both see the same machine. Arguments: numbers per round (default 2,000) and rounds (default 3).
 */
final class RequestNumbersProbe {

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (EmbeddedMongo store =
                        EmbeddedMongo.start(Files.createTempDirectory("numbers"), false, Duration.ofSeconds(1));
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoRequestNumbers durable = new MongoRequestNumbers(client.getDatabase("together"));
            MongoCollection<Document> plain = client.getDatabase("together").getCollection("plain_counters");
            measure("warm-up, journaled", perRound / 4, () -> durable.next("RU-MOW"));
            measure("warm-up, default", perRound / 4, () -> incrementPlainly(plain));
            for (int round = 1; round <= rounds; round++) {
                measure("round " + round + ", default write concern (before)", perRound, () -> incrementPlainly(plain));
                measure("round " + round + ", majority+journaled (now)", perRound, () -> durable.next("RU-MOW"));
            }
        }
    }

    private static void incrementPlainly(MongoCollection<Document> counters) {
        counters.findOneAndUpdate(
                Filters.eq("_id", "request_number:MOW"),
                Updates.inc("seq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    }

    private static void measure(String what, int numbers, Runnable allocate) {
        long start = System.nanoTime();
        for (int i = 0; i < numbers; i++) {
            allocate.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d numbers in %.2f s = %.0f numbers/s%n", what, numbers, seconds, numbers / seconds);
    }

    private RequestNumbersProbe() {}
}
