package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.exports.SheetFormat;
import org.wearetogether.intake.RequestExports;
import org.wearetogether.intake.RequestStatistics;
import org.wearetogether.intake.RequestStatistics.Statistics;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.storage.internal.EmbeddedMongo;

/**
 * The console's numbers on the service's own embedded store (H2 file and write-ahead log) with a campaign's history:
 * 50,000 requests over 180 days in 20 regions (a quarter in RU-MOW), 10,000 of them open. Measures the backfill (the
 * first sweep counts every request), a sweep with nothing new, the statistics of one region and of the whole
 * campaign for 7, 30 and 90 days (cold: the first question; warm: p50/p99 of 200 more), and a coordinator's CSV export
 * of one region's 90 days.
 *
 * <p>{@code mvn -o -Pbench verify -Dbench.include='**}{@code /StatisticsBenchmark.java' -Dspotless.check.skip=true}
 */
class StatisticsBenchmark {

    private static final int REQUESTS = 50_000;
    private static final int OPEN = 10_000;
    private static final int REGIONS = 20;
    private static final int DAYS = 180;
    private static final int WARM = 200;
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void statisticsOfFiftyThousandRequests() throws Exception {
        try (EmbeddedMongo store = EmbeddedMongo.start(data, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("together");
            new MongoHelpRequests(database);
            MongoRequestStatistics statistics = new MongoRequestStatistics(
                    database, StatisticsEvents.known(r -> null), Clock.fixed(NOW, ZoneOffset.UTC));
            long filled = fill(database.getCollection(MongoHelpRequests.COLLECTION));
            System.out.printf("Filled %,d requests (%,d open) in %,d ms%n", REQUESTS, OPEN, filled);

            long start = System.nanoTime();
            int read = statistics.sweep(CountingStatistics.PAGE, () -> false);
            long backfillMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            int again = statistics.sweep(CountingStatistics.PAGE, () -> false);
            long quietMs = (System.nanoTime() - start) / 1_000_000;
            long dayDocuments =
                    database.getCollection(MongoRequestStatistics.DAYS).countDocuments();
            System.out.printf(
                    "Backfill: %,d requests counted in %,d ms into %,d day documents; a sweep with nothing new: %,d"
                            + " ms%n",
                    read, backfillMs, dayDocuments, quietMs);
            assertThat(statistics
                            .of(Set.of(), nowDay().minusDays(DAYS + 1), nowDay())
                            .submitted())
                    .isEqualTo(REQUESTS);

            List<String> lines = new ArrayList<>();
            for (int days : new int[] {7, 30, 90}) {
                lines.add(measure("RU-MOW, " + days + " days", () -> statistics.lastDays(Set.of("RU-MOW"), days)));
                lines.add(measure("RU-R07, " + days + " days", () -> statistics.lastDays(Set.of("RU-R07"), days)));
                lines.add(measure("whole campaign, " + days + " days", () -> statistics.lastDays(Set.of(), days)));
            }
            lines.forEach(System.out::println);

            MongoRequestExport export =
                    new MongoRequestExport(database, new NeedNames(Map.of()), StatisticsEvents.known(r -> null));
            for (SheetFormat format : SheetFormat.values()) {
                start = System.nanoTime();
                long rows = export.export(
                        new RequestExports.Selection(Set.of("RU-MOW"), NOW.minus(Duration.ofDays(90)), null, false),
                        format,
                        "ru",
                        OutputStream.nullOutputStream());
                System.out.printf(
                        "Export of RU-MOW's 90 days as %s (no contacts): %,d rows in %,d ms%n",
                        format, rows, (System.nanoTime() - start) / 1_000_000);
            }
            System.out.flush();
        }
    }

    /**
     * The queue board's query ({@link MongoRequestQueue}, as {@code BoardQuery} asks it: open statuses, the regions
     * the person sees, oldest first, at most 501) on the same 50,000 requests: a coordinator of RU-MOW (about 2,500
     * open), a coordinator of a small region (about 500 open), an admin (every region: all 10,000 open, cut at 501), and
     * the search by number.
     */
    @Test
    void boardOfFiftyThousandRequests() {
        try (EmbeddedMongo store = EmbeddedMongo.start(data, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("together");
            new MongoHelpRequests(database);
            MongoRequestQueue direct = new MongoRequestQueue(database);
            OpenRequestsView view = new OpenRequestsView(Clock.systemUTC());
            MongoRequestQueue queue = new MongoRequestQueue(database, view);
            long filled = fill(database.getCollection(MongoHelpRequests.COLLECTION));
            System.out.printf("Filled %,d requests (%,d open) in %,d ms%n", REQUESTS, OPEN, filled);
            List<String> lines = new ArrayList<>();
            // the query on the store alone (as before the view): a few runs, it is slow on the embedded store
            lines.add(board("RU-MOW, store only", direct, Set.of("RU-MOW"), null, 3));
            // with the view: the first question reads every open request (cold), the rest come from memory
            lines.add(board("RU-MOW coordinator", queue, Set.of("RU-MOW"), null, WARM));
            lines.add(board("RU-R07 coordinator", queue, Set.of("RU-R07"), null, WARM));
            lines.add(board("admin, every region", queue, Set.of(), null, WARM));
            lines.add(board("search by number", queue, Set.of("RU-MOW"), "B00-000020", WARM));
            long start = System.nanoTime();
            int refreshed = direct.allOpen().size();
            lines.add(String.format(
                    "The view's refresh (every open request read again): %,d in %.1f ms",
                    refreshed, (System.nanoTime() - start) / 1e6));
            view.close();
            lines.forEach(System.out::println);
            System.out.flush();
        }
    }

    private static String board(String what, MongoRequestQueue queue, Set<String> regions, String number, int runs) {
        org.wearetogether.intake.RequestQueue.Filter filter = new org.wearetogether.intake.RequestQueue.Filter(
                regions, Set.of(), null, null, null, null, number, 501);
        long start = System.nanoTime();
        int shown = queue.open(filter).size();
        double coldMs = (System.nanoTime() - start) / 1e6;
        Histogram warm = new Histogram(3);
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            queue.open(filter);
            warm.recordValue(System.nanoTime() - t);
        }
        return String.format(
                "Board of %-22s cold %6.1f ms, warm p50 %6.1f ms, p99 %6.1f ms (%,d shown)",
                what, coldMs, warm.getValueAtPercentile(50) / 1e6, warm.getValueAtPercentile(99) / 1e6, shown);
    }

    private static java.time.LocalDate nowDay() {
        return java.time.LocalDate.ofInstant(NOW, RequestStatistics.ZONE);
    }

    private static String measure(String what, Supplier<Statistics> question) {
        long start = System.nanoTime();
        Statistics first = question.get();
        double coldMs = (System.nanoTime() - start) / 1e6;
        Histogram warm = new Histogram(3);
        for (int i = 0; i < WARM; i++) {
            long t = System.nanoTime();
            question.get();
            warm.recordValue(System.nanoTime() - t);
        }
        return String.format(
                "Statistics of %-24s cold %6.1f ms, warm p50 %6.1f ms, p99 %6.1f ms (%,d submitted, %,d days×regions)",
                what,
                coldMs,
                warm.getValueAtPercentile(50) / 1e6,
                warm.getValueAtPercentile(99) / 1e6,
                first.submitted(),
                first.days().size());
    }

    private static long fill(MongoCollection<Document> collection) {
        long start = System.nanoTime();
        Document template = MongoHelpRequestDocuments.toDocument(
                RequestAnswers.draft(Submissions.forRelative("template"), NOW).withNumber("MOW-000000"));
        Random random = new Random(13);
        List<Document> chunk = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Document d = Document.parse(template.toJson());
            d.remove("_id");
            d.put("number", String.format("B%02d-%06d", i % REGIONS, i));
            d.put("conversationId", "c" + i);
            d.put("regionCode", i % 4 == 0 ? "RU-MOW" : String.format("RU-R%02d", 1 + i % (REGIONS - 1)));
            shape(d, i < OPEN, random);
            chunk.add(d);
            if (chunk.size() == 1_000) {
                collection.insertMany(chunk);
                chunk.clear();
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Open ones from the last 30 days; closed ones over 180 days: taken, mostly done, half of those rated. */
    private static void shape(Document d, boolean open, Random random) {
        Instant created = NOW.minus(Duration.ofMinutes(random.nextInt((open ? 30 : DAYS) * 24 * 60)));
        List<Document> history = new ArrayList<>();
        Instant at = created;
        RequestStatus status = RequestStatus.SUBMITTED;
        int outcome = random.nextInt(100);
        if (!open || random.nextInt(3) > 0) {
            at = at.plus(Duration.ofMinutes((long) Math.exp(random.nextGaussian() + 3.5)));
            history.add(change(history.size() + 1, status, RequestStatus.ACCEPTED, at));
            status = RequestStatus.ACCEPTED;
            if (open && random.nextBoolean()) {
                at = at.plus(Duration.ofMinutes(30));
                history.add(change(history.size() + 1, status, RequestStatus.IN_PROGRESS, at));
                status = RequestStatus.IN_PROGRESS;
            }
        }
        if (!open) {
            RequestStatus end = outcome < 75
                    ? RequestStatus.DONE
                    : outcome < 90 ? RequestStatus.CANNOT_FULFIL : RequestStatus.CANCELLED;
            at = at.plus(Duration.ofMinutes((long) Math.exp(random.nextGaussian() + 6)));
            history.add(change(history.size() + 1, status, end, at));
            status = end;
            if (end == RequestStatus.DONE && random.nextBoolean()) {
                d.put("rating", new Document("stars", 1 + random.nextInt(5)).append("at", Date.from(at)));
            }
        }
        d.put("createdAt", Date.from(created));
        d.put("updatedAt", Date.from(at));
        d.put("status", status.name());
        d.put("history", history);
        d.put("version", (long) history.size());
    }

    private static Document change(int seq, RequestStatus from, RequestStatus to, Instant at) {
        return new Document("seq", seq)
                .append("from", from.name())
                .append("to", to.name())
                .append(
                        "actor",
                        new Document("role", "COORDINATOR").append("id", "501").append("name", "Olga"))
                .append("at", Date.from(at));
    }
}
