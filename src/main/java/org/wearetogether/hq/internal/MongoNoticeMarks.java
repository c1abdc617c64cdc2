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
 * the sweep over changed requests has come ({@code hq_marks}).
 */
@org.springframework.stereotype.Repository
class MongoNoticeMarks {

    private static final String SWEEP = "requester-notices";

    private final MongoCollection<Document> notices;
    private final MongoCollection<Document> marks;

    MongoNoticeMarks(MongoDatabase database) {
        this.notices = database.getCollection("hq_notices");
        this.marks = database.getCollection("hq_marks");
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
        Document d = marks.find(Filters.eq("_id", SWEEP)).first();
        return d == null ? fallback : d.getDate("at").toInstant();
    }

    void swept(Instant at) {
        marks.updateOne(Filters.eq("_id", SWEEP), Updates.max("at", Date.from(at)), new UpdateOptions().upsert(true));
    }
}
