package org.wearetogether.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Bounded deletes for retention rules, correct on MongoDB and on the embedded store alike: no TTL index (the embedded
 * store never expires one) and no reliance on non-unique indexes (it scans instead, which is slower, never wrong).
 * Each step reads at most {@code limit} ids, then deletes by {@code _id} (always indexed) with the rule's filter
 * applied again, so a document that became active in between is kept.
 */
public final class MongoExpiry {

    /** Batches of stamping per step: a first run on a long history stamps it over a few runs, never in one write. */
    private static final int MAX_STAMP_BATCHES = 20;

    private MongoExpiry() {}

    /**
     * Deletes at most {@code limit} documents matching {@code expired}.
     *
     * @return how many were deleted
     */
    public static int delete(MongoCollection<Document> collection, Bson expired, int limit) {
        List<Object> ids = ids(collection, expired, limit);
        if (ids.isEmpty()) {
            return 0;
        }
        return (int) collection
                .deleteMany(Filters.and(Filters.in("_id", ids), expired))
                .getDeletedCount();
    }

    /**
     * For documents that carry no date of their own (one per request, say): stamps {@code field} with {@code now} on
     * the documents that lack it (in batches of {@code limit}), then deletes at most {@code limit} of those stamped before
     * {@code seenBefore} that also match {@code unused}. A document is thus kept at least the period after this job
     * first saw it, which is after it was written.
     *
     * @return how many were deleted
     */
    public static int deleteSeenBefore(
            MongoCollection<Document> collection,
            String field,
            Bson unused,
            Instant seenBefore,
            Instant now,
            int limit) {
        Bson due = Filters.and(Filters.lt(field, Date.from(seenBefore)), unused);
        // one scan a step finds both (on the embedded store each scan reads the whole collection)
        Bson candidates = Filters.or(Filters.exists(field, false), due);
        for (int batch = 0; batch < MAX_STAMP_BATCHES; batch++) {
            List<Object> unstamped = new ArrayList<>();
            List<Object> expired = new ArrayList<>();
            collection
                    .find(candidates)
                    .projection(Projections.include("_id", field))
                    .limit(limit)
                    .forEach(d -> (d.get(field) == null ? unstamped : expired).add(d.get("_id")));
            if (!unstamped.isEmpty()) {
                collection.updateMany(
                        Filters.and(Filters.in("_id", unstamped), Filters.exists(field, false)),
                        Updates.set(field, Date.from(now)));
            }
            if (!expired.isEmpty() || unstamped.size() < limit) {
                return expired.isEmpty()
                        ? 0
                        : (int) collection
                                .deleteMany(Filters.and(Filters.in("_id", expired), due))
                                .getDeletedCount();
            }
        }
        return 0;
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson filter, int limit) {
        List<Object> ids = new ArrayList<>();
        collection
                .find(filter)
                .projection(Projections.include("_id"))
                .limit(limit)
                .forEach(d -> ids.add(d.get("_id")));
        return ids;
    }
}
