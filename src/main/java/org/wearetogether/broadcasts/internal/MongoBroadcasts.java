package org.wearetogether.broadcasts.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.chat.Announcement;
import org.wearetogether.storage.MongoErrors;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * Broadcasts in {@code broadcasts} ({@code _id} = the number from {@code broadcast_counters}). Few documents: the
 * queries that scan are cheap. Every change is one write guarded by the state it expects.
 */
@org.springframework.stereotype.Repository
class MongoBroadcasts {

    private final MongoCollection<Document> broadcasts;
    private final MongoCollection<Document> counters;

    MongoBroadcasts(MongoDatabase database) {
        this.broadcasts = database.getCollection("broadcasts");
        this.counters = database.getCollection("broadcast_counters");
    }

    /** A new number, never handed out before. */
    long nextNumber() {
        Document counter = counters.findOneAndUpdate(
                Filters.eq("_id", "broadcast"),
                Updates.inc("n", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("n")).longValue();
    }

    /** Stores a new broadcast; false when one with its number exists already (a replayed confirmation). */
    boolean create(Broadcast b) {
        return create(b, null);
    }

    /** The same, remembering the console's form submission that started it (null: none). */
    boolean create(Broadcast b, String requestId) {
        try {
            broadcasts.insertOne(new Document("_id", b.id())
                    .append("author", b.author())
                    .append("authorName", b.authorName())
                    .append("chat", b.authorChat())
                    .append("lang", b.language())
                    .append("post", postDocument(b.post()))
                    .append("aud", audienceDocument(b.audience()))
                    .append("urgent", b.urgent())
                    .append("state", b.state().name())
                    .append("expected", b.expected())
                    .append("built", b.built())
                    .append("complete", b.complete())
                    .append("report", reportDocument(b.report()))
                    .append("created", Date.from(b.createdAt()))
                    .append("reported", false)
                    .append("req", requestId));
            return true;
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    Optional<Broadcast> byId(long id) {
        return Optional.ofNullable(broadcasts.find(Filters.eq("_id", id)).first())
                .map(MongoBroadcasts::broadcast);
    }

    /** The broadcast an author's console submission started, if any (few documents: a scan is cheap). */
    Optional<Broadcast> byRequest(String author, String requestId) {
        return Optional.ofNullable(broadcasts
                        .find(Filters.and(Filters.eq("author", author), Filters.eq("req", requestId)))
                        .first())
                .map(MongoBroadcasts::broadcast);
    }

    /** Broadcasts still sending, and cancelled ones whose final report is owed. */
    List<Broadcast> active() {
        List<Broadcast> found = new ArrayList<>();
        broadcasts
                .find(Filters.or(
                        Filters.eq("state", Broadcast.State.SENDING.name()),
                        Filters.and(
                                Filters.eq("state", Broadcast.State.CANCELLED.name()), Filters.eq("reported", false))))
                .sort(Sorts.ascending("_id"))
                .forEach(d -> found.add(broadcast(d)));
        return found;
    }

    /** The latest broadcasts, newest first: of one author, or of everyone when {@code author} is null. */
    List<Broadcast> recent(String author, int limit) {
        Bson filter = author == null ? new Document() : Filters.eq("author", author);
        List<Broadcast> found = new ArrayList<>();
        broadcasts.find(filter).sort(Sorts.descending("_id")).limit(limit).forEach(d -> found.add(broadcast(d)));
        return found;
    }

    /** Records one more ledger chunk; false when another writer got there first. */
    boolean advanceBuild(long id, int from, String cursor, boolean complete) {
        return broadcasts
                        .updateOne(
                                Filters.and(Filters.eq("_id", id), Filters.eq("built", from)),
                                Updates.combine(
                                        Updates.set("built", from + 1),
                                        Updates.set("cursor", cursor),
                                        Updates.set("complete", complete)))
                        .getModifiedCount()
                == 1;
    }

    /** Marks a ledger without any (further) chunk as complete. */
    boolean completeBuild(long id, int built) {
        return broadcasts
                        .updateOne(
                                Filters.and(Filters.eq("_id", id), Filters.eq("built", built)),
                                Updates.set("complete", true))
                        .getModifiedCount()
                == 1;
    }

    /** Keeps the id of the progress message unless one was kept already; false then. */
    boolean keepProgressMessage(long id, String messageId) {
        return broadcasts
                        .updateOne(
                                Filters.and(Filters.eq("_id", id), Filters.exists("msg", false)),
                                Updates.set("msg", messageId))
                        .getModifiedCount()
                == 1;
    }

    void saveReport(long id, Broadcast.Report report) {
        broadcasts.updateOne(Filters.eq("_id", id), Updates.set("report", reportDocument(report)));
    }

    /** SENDING to DONE; true for exactly one caller. */
    boolean finish(long id, Broadcast.Report report, Instant at) {
        return broadcasts
                        .updateOne(
                                Filters.and(Filters.eq("_id", id), Filters.eq("state", Broadcast.State.SENDING.name())),
                                Updates.combine(
                                        Updates.set("state", Broadcast.State.DONE.name()),
                                        Updates.set("report", reportDocument(report)),
                                        Updates.set("finished", Date.from(at)),
                                        Updates.set("reported", true)))
                        .getModifiedCount()
                == 1;
    }

    /** SENDING to CANCELLED; true for exactly one caller. */
    boolean cancel(long id, String by, Instant at) {
        return broadcasts
                        .updateOne(
                                Filters.and(Filters.eq("_id", id), Filters.eq("state", Broadcast.State.SENDING.name())),
                                Updates.combine(
                                        Updates.set("state", Broadcast.State.CANCELLED.name()),
                                        Updates.set("cancelledBy", by),
                                        Updates.set("finished", Date.from(at))))
                        .getModifiedCount()
                == 1;
    }

    /** The final report of a cancelled broadcast is owed once; true for exactly one caller. */
    boolean reportCancelled(long id, Broadcast.Report report) {
        return broadcasts
                        .updateOne(
                                Filters.and(
                                        Filters.eq("_id", id),
                                        Filters.eq("state", Broadcast.State.CANCELLED.name()),
                                        Filters.eq("reported", false)),
                                Updates.combine(
                                        Updates.set("report", reportDocument(report)), Updates.set("reported", true)))
                        .getModifiedCount()
                == 1;
    }

    private static Broadcast broadcast(Document d) {
        return new Broadcast(
                ((Number) d.get("_id")).longValue(),
                d.getString("author"),
                d.getString("authorName"),
                d.getString("chat"),
                d.getString("lang"),
                post(d.get("post", Document.class)),
                audience(d.get("aud", Document.class)),
                d.getBoolean("urgent", false),
                Broadcast.State.valueOf(d.getString("state")),
                ((Number) d.get("expected", 0L)).longValue(),
                d.getInteger("built", 0),
                d.getString("cursor"),
                d.getBoolean("complete", false),
                d.getString("msg"),
                report(d.get("report", Document.class)),
                d.getDate("created").toInstant(),
                d.getDate("finished") == null ? null : d.getDate("finished").toInstant(),
                d.getBoolean("reported", false));
    }

    static Document postDocument(Announcement post) {
        List<Document> spans = new ArrayList<>();
        for (Announcement.Span s : post.spans()) {
            spans.add(new Document("type", s.type())
                    .append("o", s.offset())
                    .append("l", s.length())
                    .append("url", s.url())
                    .append("lang", s.language()));
        }
        return new Document("t", post.text()).append("e", spans).append("p", post.photo());
    }

    static Announcement post(Document d) {
        List<Announcement.Span> spans = new ArrayList<>();
        for (Document s : d.getList("e", Document.class, List.of())) {
            spans.add(new Announcement.Span(
                    s.getString("type"),
                    s.getInteger("o"),
                    s.getInteger("l"),
                    s.getString("url"),
                    s.getString("lang")));
        }
        return new Announcement(d.getString("t"), spans, d.getString("p"));
    }

    static Document audienceDocument(Audience a) {
        return new Document("coordinators", a.coordinators())
                .append("regions", new ArrayList<>(a.regions()))
                .append("skills", new ArrayList<>(a.skills()))
                .append(
                        "statuses",
                        a.statuses().stream().map(Enum::name).sorted().toList());
    }

    static Audience audience(Document d) {
        Set<VolunteerStatus> statuses = new HashSet<>();
        for (String s : d.getList("statuses", String.class, List.of())) {
            statuses.add(VolunteerStatus.valueOf(s));
        }
        return new Audience(
                d.getBoolean("coordinators", false),
                new HashSet<>(d.getList("regions", String.class, List.of())),
                new HashSet<>(d.getList("skills", String.class, List.of())),
                statuses);
    }

    private static Document reportDocument(Broadcast.Report r) {
        return new Document("total", r.total())
                .append("sent", r.sent())
                .append("failed", r.failed())
                .append("unreachable", r.unreachable())
                .append("optedOut", r.optedOut())
                .append("held", r.held())
                .append("remaining", r.remaining());
    }

    private static Broadcast.Report report(Document d) {
        if (d == null) {
            return Broadcast.Report.EMPTY;
        }
        return new Broadcast.Report(
                d.getInteger("total", 0),
                d.getInteger("sent", 0),
                d.getInteger("failed", 0),
                d.getInteger("unreachable", 0),
                d.getInteger("optedOut", 0),
                d.getInteger("held", 0),
                d.getInteger("remaining", 0));
    }
}
