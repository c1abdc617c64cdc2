package org.wearetogether.hq.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * How far the requester has been told: per request the last history entry told ({@code hq_notices}), and how far
 * the sweep over changed requests has come ({@code hq_marks}). The relay of notes keeps beside them, per request, the
 * last note told each way ({@code toHq}, {@code toRequester} in {@code hq_notices}), and in {@code hq_notes_owed}
 * only the requests whose notes still wait (a passing failure, quiet hours), so that looking for them costs the same
 * however many requests are kept.
 */
@org.springframework.stereotype.Repository
class MongoNoticeMarks {

    private static final String SWEEP = "requester-notices";

    private final MongoCollection<Document> notices;
    private final MongoCollection<Document> marks;
    private final MongoCollection<Document> notesOwed;

    MongoNoticeMarks(MongoDatabase database) {
        this.notices = database.getCollection("hq_notices");
        this.marks = database.getCollection("hq_marks");
        this.notesOwed = database.getCollection(NOTES_OWED);
    }

    static final String NOTES_OWED = "hq_notes_owed";

    /**
     * How far a request's notes were told.
     *
     * @param toHq the seq of the last note for the HQ told (0: none)
     * @param toRequester the seq of the last note for the requester told (0: none)
     */
    record NotesTold(int toHq, int toRequester) {}

    NotesTold notesTold(String number) {
        Document d = notices.find(Filters.eq("_id", number)).first();
        return d == null ? new NotesTold(0, 0) : new NotesTold(d.getInteger("toHq", 0), d.getInteger("toRequester", 0));
    }

    void noteToldToHq(String number, int seq) {
        notices.updateOne(Filters.eq("_id", number), Updates.max("toHq", seq), new UpdateOptions().upsert(true));
    }

    void noteToldToRequester(String number, int seq) {
        notices.updateOne(Filters.eq("_id", number), Updates.max("toRequester", seq), new UpdateOptions().upsert(true));
    }

    /** Some notes of the request still wait; look again at {@code retryAt}. */
    void notesOwed(String number, Instant retryAt) {
        notesOwed.updateOne(
                Filters.eq("_id", number),
                Updates.set("retryAt", Date.from(retryAt)),
                new UpdateOptions().upsert(true));
    }

    /** The requests whose waiting notes are due at {@code now} (the collection holds only requests with some). */
    java.util.List<String> notesOwedDue(Instant now, int limit) {
        java.util.List<String> due = new java.util.ArrayList<>();
        notesOwed.find(Filters.lte("retryAt", Date.from(now))).limit(limit).forEach(d -> due.add(d.getString("_id")));
        return due;
    }

    void notesSettled(String number) {
        notesOwed.deleteOne(Filters.eq("_id", number));
    }

    Instant sweptUpTo(String sweep, Instant fallback) {
        Document d = marks.find(Filters.eq("_id", sweep)).first();
        return d == null ? fallback : d.getDate("at").toInstant();
    }

    void swept(String sweep, Instant at) {
        marks.updateOne(Filters.eq("_id", sweep), Updates.max("at", Date.from(at)), new UpdateOptions().upsert(true));
    }

    /** The seq of the last change told; 0 when none. */
    int toldUpTo(String number) {
        Document d = notices.find(Filters.eq("_id", number)).first();
        return d == null ? 0 : d.getInteger("seq", 0);
    }

    void told(String number, int seq) {
        notices.updateOne(Filters.eq("_id", number), Updates.max("seq", seq), new UpdateOptions().upsert(true));
    }

    /** Where the sweep continues; {@code fallback} the first time. */
    Instant sweptUpTo(Instant fallback) {
        return sweptUpTo(SWEEP, fallback);
    }

    void swept(Instant at) {
        swept(SWEEP, at);
    }
}
