package org.wearetogether.hq.internal;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * When the admins were last told that a region's requests have no HQ chat to go to, in {@code hq_unrouted_told}
 * ({@code _id} = region code). Stored, so that a restart does not tell them again; claimed with a guarded write, so
 * that of several instances one tells.
 */
@org.springframework.stereotype.Repository
class MongoUnroutedMarks {

    private final MongoCollection<Document> marks;

    MongoUnroutedMarks(MongoDatabase database) {
        this.marks = database.getCollection("hq_unrouted_told");
    }

    /** Claims telling about the region now; false when it was told after {@code toldBefore}. */
    boolean claim(String region, Instant now, Instant toldBefore) {
        long moved = marks.updateOne(
                        Filters.and(Filters.eq("_id", region), Filters.lte("toldAt", Date.from(toldBefore))),
                        Updates.set("toldAt", Date.from(now)))
                .getModifiedCount();
        if (moved == 1) {
            return true;
        }
        try {
            marks.insertOne(new Document("_id", region).append("toldAt", Date.from(now)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // told recently, or another instance claimed it just now
            }
            throw e;
        }
    }
}
