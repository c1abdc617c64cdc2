package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.storage.internal.EmbeddedMongo;

/**
 * The chats' retention rule on the embedded store with 100,000 chat records, 2,000 of them inactive for longer than
 * the period: the cost of a step with nothing due (the hourly cost once caught up) and of the catch-up.
 *
 * <p>{@code mvn -o -Pbench verify -Dbench.include='**}{@code /ChatRetentionBenchmark.java' -Dspotless.check.skip=true}
 */
class ChatRetentionBenchmark {

    private static final int CHATS = 100_000;
    private static final int INACTIVE = 2_000;
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void chatsRetentionOnAHundredThousandChats() {
        try (EmbeddedMongo store = EmbeddedMongo.start(data, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            var database = client.getDatabase("together");
            MongoChats chats = new MongoChats(
                    database, new ChatSettings("8 800", 1000, Duration.ofHours(1), Duration.ofSeconds(30)));
            fill(database.getCollection("chats"));
            RetentionRule rule = new MongoChatRetention(database, chats).inactiveFor(Duration.ofDays(180));

            long start = System.nanoTime();
            int deleted = 0;
            int n;
            do {
                n = rule.expiry().expire(NOW, 500);
                deleted += n;
            } while (n == 500);
            long catchUpMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            int nothing = rule.expiry().expire(NOW, 500);
            long quietMs = (System.nanoTime() - start) / 1_000_000;

            System.out.printf(
                    "Chats: %,d inactive of %,d deleted in %,d ms; a step with nothing due: %,d ms%n",
                    deleted, CHATS, catchUpMs, quietMs);
            assertThat(deleted).isEqualTo(INACTIVE);
            assertThat(nothing).isZero();
        }
    }

    private static void fill(MongoCollection<Document> collection) {
        List<Document> chunk = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            int daysAgo = i < INACTIVE ? 200 : i % 150;
            chunk.add(new Document("_id", "telegram:" + i)
                    .append("v", 5L)
                    .append("lastUpdateId", 100L + i)
                    .append("owed", List.of())
                    .append("owedSeq", 3L)
                    .append("lang", "ru")
                    .append(
                            "person",
                            new Document("ch", "telegram")
                                    .append("chat", "" + i)
                                    .append("first", "Anna"))
                    .append("updatedAt", Date.from(NOW.minus(Duration.ofDays(daysAgo)))));
            if (chunk.size() == 1_000) {
                collection.insertMany(chunk);
                chunk.clear();
            }
        }
    }
}
