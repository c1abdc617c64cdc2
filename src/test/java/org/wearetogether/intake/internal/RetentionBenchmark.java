package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.storage.internal.EmbeddedMongo;

/**
 * The intake's retention rules on the service's own embedded store (H2 file and write-ahead log) with a long history:
 * 100,000 requests, of which 90,000 closed and erased long ago, 5,000 closed and due for erasure, 1,000 open and
 * stale, 4,000 open and recent. Measures a run with nothing due (the hourly cost once caught up), the catch-up run,
 * and the hot path (reading a request by its number, as a card press does) while retention works.
 *
 * <p>{@code mvn -o -Pbench verify -Dbench.include='**}{@code /RetentionBenchmark.java' -Dspotless.check.skip=true}
 */
class RetentionBenchmark {

    private static final int HISTORY = 100_000;
    private static final int DUE = 5_000;
    private static final int STALE = 1_000;
    private static final int RECENT = 4_000;
    private static final int BATCH = 500;
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void retentionOnAHundredThousandRequests() throws Exception {
        try (EmbeddedMongo store = EmbeddedMongo.start(data, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("together");
            MongoHelpRequests requests = new MongoHelpRequests(database);
            long filled = fill(database.getCollection(MongoHelpRequests.COLLECTION));
            List<Object> events = new ArrayList<>();
            IntakeRetention retention = new IntakeRetention(
                    requests,
                    new MongoRequestLifecycle(database, events::add),
                    new ErasingRequests(
                            requests,
                            new MongoRequestLifecycle(database, events::add),
                            events::add,
                            Clock.fixed(NOW, ZoneOffset.UTC),
                            org.wearetogether.chat.Pseudonyms.fromSecret(
                                    "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            RetentionRule stale = retention.staleOpenRequests(Duration.ofDays(60));
            RetentionRule closed = retention.closedRequestsPersonalData(Duration.ofDays(180));
            System.out.printf("Filled %,d requests in %,d ms%n", HISTORY, filled);
            System.out.flush();

            Histogram idle = hotPath(requests, () -> sleep(3_000));
            long[] caughtUp = new long[2];
            Histogram busy = hotPath(requests, () -> {
                long start = System.nanoTime();
                caughtUp[0] = drain(closed) + drain(stale);
                caughtUp[1] = (System.nanoTime() - start) / 1_000_000;
            });
            long start = System.nanoTime();
            int nothing = closed.expiry().expire(NOW, BATCH) + stale.expiry().expire(NOW, BATCH);
            long quietMs = (System.nanoTime() - start) / 1_000_000;

            System.out.printf(
                    "Catch-up: %,d requests erased or closed in %,d ms (%.1f ms each, batches of %d)%n",
                    caughtUp[0], caughtUp[1], (double) caughtUp[1] / caughtUp[0], BATCH);
            System.out.printf("A run with nothing due (both rules, one batch each): %,d ms%n", quietMs);
            System.out.printf(
                    "Hot path (request by number): idle p50 %.2f ms, p99 %.2f ms; during catch-up p50 %.2f ms, p99"
                            + " %.2f ms, max %.1f ms%n",
                    ms(idle, 50), ms(idle, 99), ms(busy, 50), ms(busy, 99), busy.getMaxValue() / 1e6);
            assertThat(caughtUp[0]).isEqualTo(DUE + STALE); // the stale ones closed now: erased 180 days later
            assertThat(nothing).isZero();
        }
    }

    private static long drain(RetentionRule rule) {
        long total = 0;
        int n;
        do {
            n = rule.expiry().expire(NOW, BATCH);
            total += n;
        } while (n == BATCH);
        return total;
    }

    /** Reads random requests by number on another thread while {@code work} runs; their latencies. */
    private static Histogram hotPath(MongoHelpRequests requests, Runnable work) throws InterruptedException {
        Histogram latencies = new Histogram(3);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = Thread.ofPlatform().start(() -> {
            java.util.Random random = new java.util.Random(7);
            while (!done.get()) {
                String number = number(random.nextInt(HISTORY));
                long start = System.nanoTime();
                assertThat(requests.byNumber(number)).isPresent();
                latencies.recordValue(System.nanoTime() - start);
                reads.incrementAndGet();
                sleep(2);
            }
        });
        work.run();
        done.set(true);
        reader.join();
        return latencies;
    }

    private static long fill(MongoCollection<Document> collection) {
        long start = System.nanoTime();
        Document template = MongoHelpRequestDocuments.toDocument(
                RequestAnswers.draft(Submissions.forRelative("template"), NOW).withNumber("MOW-000000"));
        List<Document> chunk = new ArrayList<>();
        for (int i = 0; i < HISTORY; i++) {
            Document d = Document.parse(template.toJson());
            d.remove("_id");
            d.put("number", number(i));
            d.put("conversationId", "c" + i);
            shape(d, i);
            chunk.add(d);
            if (chunk.size() == 1_000) {
                collection.insertMany(chunk);
                chunk.clear();
            }
        }
        assertThat(collection.countDocuments()).isEqualTo(HISTORY);
        assertThat(collection.countDocuments(Filters.exists("personalDataDeletedAt", false)))
                .isEqualTo(DUE + STALE + RECENT);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** 90% erased long ago, then due for erasure, stale and open, recent and open. */
    private static void shape(Document d, int i) {
        int erased = HISTORY - DUE - STALE - RECENT;
        if (i < erased) {
            d.put("status", RequestStatus.DONE.name());
            for (String field : List.of("requester", "address", "details", "answers")) {
                d.remove(field);
            }
            d.put("personalDataDeletedAt", date(400));
            d.put("updatedAt", date(400));
        } else if (i < erased + DUE) {
            d.put("status", RequestStatus.DONE.name());
            d.put("updatedAt", date(200));
        } else if (i < erased + DUE + STALE) {
            d.put("status", RequestStatus.SUBMITTED.name());
            d.put("updatedAt", date(61));
        } else {
            d.put("status", RequestStatus.SUBMITTED.name());
            d.put("updatedAt", date(5));
        }
    }

    private static Date date(int daysAgo) {
        return Date.from(NOW.minus(Duration.ofDays(daysAgo)));
    }

    private static String number(int i) {
        return String.format("MOW-%06d", i + 1);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
