package org.wearetogether.intake.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.intake.ReasonCodes;
import org.wearetogether.intake.RequestStatistics;
import org.wearetogether.intake.StatusChange;
import org.wearetogether.intake.internal.StatisticsEvents.Event;

/**
 * The daily counters in {@code request_stats}: one document per region and day ({@code _id} = {@code RU-MOW|2026-12-08}),
 * and one per day for the whole campaign ({@code *|2026-12-08}),
 * with counts, two small histograms of minutes and the keys of the events already counted. An event is counted by one
 * write guarded by the document's revision that adds its increments and its key together, so a replayed event (a sweep
 * that looks back, a crash before the sweep's mark was saved, two instances) is never counted twice. The sweep reads
 * the requests changed (and rated) since its marks in {@code request_stats_marks}; its first run counts every stored
 * request (the backfill).
 */
@org.springframework.stereotype.Repository
class MongoRequestStatistics implements RequestStatistics {

    static final String DAYS = "request_stats";
    static final String MARKS = "request_stats_marks";
    /** Looks back a little before the marks, for changes stored with a slightly older clock. */
    static final Duration OVERLAP = Duration.ofSeconds(30);

    private static final int MAX_ATTEMPTS = 20;
    private static final Bson FACTS = Projections.include(
            "number",
            "regionCode",
            "createdAt",
            "updatedAt",
            "rating.stars",
            "rating.at",
            "history.seq",
            "history.from",
            "history.to",
            "history.at",
            "history.comment");

    private final MongoCollection<Document> days;
    private final MongoCollection<Document> marks;
    private final MongoCollection<Document> requests;
    private final ReasonCodes reasons;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    MongoRequestStatistics(
            MongoDatabase database,
            org.springframework.beans.factory.ObjectProvider<ReasonCodes> contributed,
            Clock clock) {
        this(database, StatisticsEvents.known(contributed.getIfAvailable()), clock);
    }

    MongoRequestStatistics(MongoDatabase database, ReasonCodes reasons, Clock clock) {
        this.days = database.getCollection(DAYS);
        this.marks = database.getCollection(MARKS);
        this.requests = database.getCollection(MongoHelpRequests.COLLECTION);
        this.reasons = reasons;
        this.clock = clock;
        // unique because _id is: the revision-guarded write finds its document by index on the embedded store too
        days.createIndex(Indexes.ascending("_id", "rev"), new IndexOptions().unique(true));
        days.createIndex(Indexes.ascending("region", "day"));
        days.createIndex(Indexes.ascending("day"));
        requests.createIndex(Indexes.ascending("rating.at", "number"));
        requests.createIndex(Indexes.ascending("updatedAt", "number"));
    }

    // ---- counting

    /**
     * Counts what changed since the marks, a page of {@code page} requests at a time, until caught up or
     * {@code stop} says so; returns how many requests were read.
     */
    int sweep(int page, java.util.function.BooleanSupplier stop) {
        return sweep("changes", "updatedAt", page, stop) + sweep("ratings", "rating.at", page, stop);
    }

    private int sweep(String mark, String field, int page, java.util.function.BooleanSupplier stop) {
        Document saved = marks.find(Filters.eq("_id", mark)).first();
        Instant at =
                saved == null ? Instant.EPOCH : saved.getDate("at").toInstant().minus(OVERLAP);
        String number = "";
        int read = 0;
        while (!stop.getAsBoolean()) {
            List<Document> found = requests.find(Filters.or(
                            Filters.gt(field, Date.from(at)),
                            Filters.and(Filters.eq(field, Date.from(at)), Filters.gt("number", number))))
                    .projection(FACTS)
                    .sort(Sorts.ascending(field, "number"))
                    .limit(page)
                    .into(new ArrayList<>());
            if (found.isEmpty()) {
                break;
            }
            List<Event> events = new ArrayList<>();
            found.forEach(d -> events.addAll(StatisticsEvents.of(facts(d), reasons)));
            count(events);
            Document last = found.get(found.size() - 1);
            at = instantAt(last, field);
            number = last.getString("number");
            marks.updateOne(
                    Filters.eq("_id", mark),
                    Updates.combine(Updates.set("at", Date.from(at)), Updates.set("number", number)),
                    new UpdateOptions().upsert(true));
            read += found.size();
            if (found.size() < page) {
                break;
            }
        }
        return read;
    }

    private static Instant instantAt(Document d, String field) {
        Object value =
                field.equals("rating.at") ? d.get("rating", Document.class).get("at") : d.get(field);
        return ((Date) value).toInstant();
    }

    static StatisticsEvents.Facts facts(Document d) {
        List<StatusChange> history = new ArrayList<>();
        for (Document change : d.getList("history", Document.class, List.of())) {
            history.add(MongoHelpRequestDocuments.change(change));
        }
        Document rating = d.get("rating", Document.class);
        return new StatisticsEvents.Facts(
                d.getString("number"),
                d.getString("regionCode"),
                d.getDate("createdAt").toInstant(),
                history,
                rating == null ? null : rating.getInteger("stars"));
    }

    /** Counts events not counted before, one guarded write per region and day. */
    void count(List<Event> events) {
        Map<String, List<Event>> byDay = new LinkedHashMap<>();
        for (Event e : events) {
            byDay.computeIfAbsent(id(e.regionCode(), e.day()), k -> new ArrayList<>())
                    .add(e);
            // the campaign's day too, counted on its own: the whole campaign is read from one document a day
            byDay.computeIfAbsent(id(ALL_REGIONS, e.day()), k -> new ArrayList<>())
                    .add(new Event(ALL_REGIONS, e.day(), e.key(), e.increments()));
        }
        byDay.forEach(this::countDay);
    }

    private void countDay(String id, List<Event> events) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Document current = days.find(Filters.eq("_id", id))
                    .projection(Projections.include("rev", "applied"))
                    .first();
            Set<String> applied =
                    new HashSet<>(current == null ? List.of() : current.getList("applied", String.class, List.of()));
            Map<String, Long> increments = new TreeMap<>();
            List<String> keys = new ArrayList<>();
            for (Event e : events) {
                if (applied.add(e.key())) {
                    keys.add(e.key());
                    e.increments().forEach((field, n) -> increments.merge(field, n, Long::sum));
                }
            }
            if (keys.isEmpty()) {
                return;
            }
            long rev = current == null ? 0 : ((Number) current.get("rev")).longValue();
            List<Bson> update = new ArrayList<>();
            update.add(Updates.setOnInsert("region", events.get(0).regionCode()));
            update.add(Updates.setOnInsert("day", events.get(0).day().toString()));
            update.add(Updates.inc("rev", 1L));
            update.add(Updates.pushEach("applied", keys));
            increments.forEach((field, n) -> update.add(Updates.inc(field, n)));
            try {
                UpdateResult result = days.updateOne(
                        new Document("_id", id).append("rev", rev),
                        Updates.combine(update),
                        new UpdateOptions().upsert(true));
                if (result.getMatchedCount() == 1 || result.getUpsertedId() != null) {
                    return;
                }
            } catch (MongoException e) {
                if (!MongoHelpRequests.isDuplicateKey(e)) {
                    throw e; // a duplicate key: another writer created or changed the day first; read it again
                }
            }
        }
        throw new IllegalStateException("The statistics of " + id + " keep changing; gave up for now");
    }

    @Override
    public void slaBreached(String number, String regionCode, SlaBreach kind, Instant dueAt) {
        count(List.of(StatisticsEvents.slaBreach(number, regionCode, kind, dueAt)));
    }

    static String id(String regionCode, LocalDate day) {
        return regionCode + "|" + day;
    }

    // ---- reading

    @Override
    public Statistics lastDays(Set<String> regions, int count) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        return of(regions, today.minusDays(Math.max(1, count) - 1L), today);
    }

    @Override
    public Statistics of(Set<String> regions, LocalDate from, LocalDate to) {
        StatisticsSum sum = new StatisticsSum();
        days.find(filter(regions, from, to))
                .projection(Projections.exclude("applied"))
                .forEach(d -> sum.add(
                        LocalDate.parse(d.getString("day")), d.getString("region"), MongoRequestStatistics.counts(d)));
        return sum.result(regions, from, to);
    }

    /**
     * The ids of the period's days, per region or of the whole campaign: found by the unique {@code _id}, so that a
     * question reads only its own documents on the embedded store too.
     */
    private static Bson filter(Set<String> regions, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        for (String region : regions.isEmpty() ? Set.of(ALL_REGIONS) : new java.util.TreeSet<>(regions)) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                ids.add(id(region, day));
            }
        }
        return Filters.in("_id", ids);
    }

    /** A day's document as flat counters: {@code to.DONE} to 3, {@code take.b17} to 1. */
    static Map<String, Long> counts(Document d) {
        Map<String, Long> flat = new TreeMap<>();
        d.forEach((key, value) -> {
            if (value instanceof Number n && !key.equals("rev")) {
                flat.put(key, n.longValue());
            } else if (value instanceof Document nested) {
                nested.forEach((inner, n) -> {
                    if (n instanceof Number number) {
                        flat.put(key + "." + inner, number.longValue());
                    }
                });
            }
        });
        return flat;
    }

    // ---- retention

    /** Deletes at most {@code limit} days before {@code before}. */
    int deleteDaysBefore(LocalDate before, int limit) {
        List<Object> ids = new ArrayList<>();
        days.find(Filters.lt("day", before.toString()))
                .projection(Projections.include("_id"))
                .limit(limit)
                .forEach(d -> ids.add(d.get("_id")));
        return ids.isEmpty() ? 0 : (int) days.deleteMany(Filters.in("_id", ids)).getDeletedCount();
    }
}
