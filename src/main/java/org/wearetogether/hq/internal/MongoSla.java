package org.wearetogether.hq.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Due times of the SLA timers in {@code hq_sla}, one document per request. A timer fires once: it is claimed by
 * removing its due time with a write guarded by that very time, so of several sweepers only one claims it.
 */
@org.springframework.stereotype.Repository
class MongoSla {

    /** The kinds of timer, named as their fields. */
    enum Kind {
        REANNOUNCE("reannounceAt"),
        ESCALATE("escalateAt"),
        REMIND("remindAt");

        final String field;

        Kind(String field) {
            this.field = field;
        }
    }

    /** A due timer. */
    record Due(String number, Kind kind, Instant at) {}

    private final MongoCollection<Document> timers;

    MongoSla(MongoDatabase database) {
        this.timers = database.getCollection("hq_sla");
    }

    /** Sets these timers and clears the others of the request. */
    void arm(String number, Instant reannounce, Instant escalate, Instant remind) {
        List<Bson> updates = new ArrayList<>();
        updates.add(field(Kind.REANNOUNCE, reannounce));
        updates.add(field(Kind.ESCALATE, escalate));
        updates.add(field(Kind.REMIND, remind));
        timers.updateOne(Filters.eq("_id", number), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    /** Sets the first timers of a new request unless it has timers already. */
    void armOnce(String number, Instant reannounce, Instant escalate) {
        timers.updateOne(
                Filters.eq("_id", number),
                Updates.combine(
                        Updates.setOnInsert(Kind.REANNOUNCE.field, Date.from(reannounce)),
                        Updates.setOnInsert(Kind.ESCALATE.field, Date.from(escalate))),
                new UpdateOptions().upsert(true));
    }

    void clear(String number) {
        timers.deleteOne(Filters.eq("_id", number));
    }

    List<Due> due(Kind kind, Instant now, int limit) {
        List<Due> found = new ArrayList<>();
        timers.find(Filters.lte(kind.field, Date.from(now)))
                .limit(limit)
                .forEach(d -> found.add(
                        new Due(d.getString("_id"), kind, d.getDate(kind.field).toInstant())));
        return found;
    }

    /** Claims a due timer; true for exactly one claimer. */
    boolean claim(Due due) {
        return timers.updateOne(
                                Filters.and(
                                        Filters.eq("_id", due.number()),
                                        Filters.eq(due.kind().field, Date.from(due.at()))),
                                Updates.unset(due.kind().field))
                        .getModifiedCount()
                == 1;
    }

    /** Puts a claimed timer back when acting on it failed for a reason that may pass. */
    void release(Due due) {
        timers.updateOne(
                Filters.and(Filters.eq("_id", due.number()), Filters.exists(due.kind().field, false)),
                Updates.set(due.kind().field, Date.from(due.at())));
    }

    private static Bson field(Kind kind, Instant at) {
        return at == null ? Updates.unset(kind.field) : Updates.set(kind.field, Date.from(at));
    }
}
