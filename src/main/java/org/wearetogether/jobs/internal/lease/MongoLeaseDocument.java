package org.wearetogether.jobs.internal.lease;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.wearetogether.storage.MongoErrors;

/**
 * The lease document ({@code leases}, {@code _id: "leader"}): holder, the holder process's token, expiry, when it
 * was renewed, since when it is held, and a term counted up at each acquisition. Written only by one conditional
 * {@code findOneAndUpdate} with upsert, "if it has expired or is mine": when another holds a live lease the filter
 * matches nothing and the upsert's insert of the same {@code _id} fails with a duplicate key (11000). Every call has
 * a timeout, so that a holder never waits past the time it may act.
 */
final class MongoLeaseDocument {

    static final String COLLECTION = "leases";
    static final String LEASE_ID = "leader";

    /** What one attempt found. */
    enum Outcome {
        HELD,
        HELD_BY_ANOTHER,
        /** The store did not answer (in time): whether the write happened is not known. */
        UNKNOWN
    }

    /** An attempt's outcome, the term when held, the error when unknown. */
    record Attempt(Outcome outcome, Object term, RuntimeException error) {}

    private final MongoCollection<Document> leases;
    private final String holder;
    private final String token;
    private final Duration duration;

    MongoLeaseDocument(MongoDatabase database, String holder, String token, Duration duration) {
        this.leases = database.getCollection(COLLECTION);
        this.holder = holder;
        this.token = token;
        this.duration = duration;
    }

    /** Takes the lease if it expired by {@code now}, or renews it if it is ours; a new term when {@code acquiring}. */
    Attempt tryHold(Instant now, boolean acquiring, long timeoutMillis) {
        Document filter = new Document("_id", LEASE_ID)
                .append(
                        "$or",
                        List.of(
                                new Document("expiresAt", new Document("$lte", Date.from(now))),
                                new Document("token", token)));
        Document set = new Document("holder", holder)
                .append("token", token)
                .append("expiresAt", Date.from(now.plus(duration)))
                .append("renewedAt", Date.from(now));
        Document update = new Document("$set", set);
        if (acquiring) {
            set.append("since", Date.from(now));
            update.append("$inc", new Document("term", 1L));
        }
        try {
            Document after = leases.withTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .findOneAndUpdate(
                            filter,
                            update,
                            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return after != null && token.equals(after.getString("token"))
                    ? new Attempt(Outcome.HELD, after.get("term"), null)
                    : new Attempt(Outcome.HELD_BY_ANOTHER, null, null);
        } catch (MongoException e) {
            return MongoErrors.isDuplicateKey(e)
                    ? new Attempt(Outcome.HELD_BY_ANOTHER, null, null) // exists, not ours, not expired
                    : new Attempt(Outcome.UNKNOWN, null, e);
        } catch (RuntimeException e) {
            return new Attempt(Outcome.UNKNOWN, null, e);
        }
    }

    /** When the lease as stored expires; empty when there is none. Throws when the store does not answer. */
    Optional<Instant> expiresAt(long timeoutMillis) {
        Document lease = leases.withTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .find(new Document("_id", LEASE_ID))
                .first();
        Date expiresAt = lease == null ? null : lease.getDate("expiresAt");
        return Optional.ofNullable(expiresAt).map(Date::toInstant);
    }

    /** Ends our lease now (an expiry in the past), so that another instance may take it at once. */
    void release(Instant now, long timeoutMillis) {
        leases.withTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .updateOne(
                        new Document("_id", LEASE_ID).append("token", token),
                        new Document(
                                "$set", new Document("expiresAt", new Date(0)).append("releasedAt", Date.from(now))));
    }
}
