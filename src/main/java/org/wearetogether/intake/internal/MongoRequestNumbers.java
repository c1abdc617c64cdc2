package org.wearetogether.intake.internal;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Allocates request numbers: the region's short code and a per-region sequence, {@code MOW-000123}, short enough
 * to read over the phone. One atomic {@code $inc} per number; a number may be wasted, never given twice.
 *
 * <p>Never twice also after a power loss or a fail-over: a number is told to a person as soon as it is allocated, so
 * the increment must be on a disk before that. It is written with the write concern {@link #DURABLE}: majority and
 * journaled. On a MongoDB replica set, a write acknowledged by the primary alone can be rolled back when another
 * member becomes primary, and that one would hand the number out again; a majority-acknowledged, journaled write
 * cannot be rolled back and survives the power loss of every member. (MongoDB 5.0 and later already default to
 * majority, but not with arbiters or a changed cluster default; a standalone server takes "majority" as itself.) The
 * embedded store honours the same write concern by forcing its write-ahead log before it replies, even with fsync
 * off; the README has the cost.
 */
final class MongoRequestNumbers {

    static final String COUNTERS = "counters";

    /**
     * Majority, journaled, and an answer within 10 s when no majority can be reached (a store without a majority
     * cannot take new requests anyway; the submission fails and is tried again, at worst wasting a number).
     */
    static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true).withWTimeout(10, TimeUnit.SECONDS);

    private final MongoCollection<Document> counters;

    MongoRequestNumbers(MongoDatabase database) {
        this.counters = database.getCollection(COUNTERS).withWriteConcern(DURABLE);
    }

    /** The next number in the region of an ISO 3166-2 code such as {@code RU-MOW}. */
    String next(String regionCode) {
        String shortCode = shortCode(regionCode);
        long sequence = nextInSequence("request_number:" + shortCode);
        return "%s-%06d".formatted(shortCode, sequence);
    }

    static String shortCode(String regionCode) {
        return regionCode.substring(regionCode.indexOf('-') + 1);
    }

    private long nextInSequence(String counterId) {
        try {
            return increment(counterId);
        } catch (MongoException e) {
            // Two first-ever upserts of the same counter may race on _id; the loser simply increments the winner's.
            if (!MongoHelpRequests.isDuplicateKey(e)) {
                throw e;
            }
            return increment(counterId);
        }
    }

    private long increment(String counterId) {
        // BEFORE, not AFTER: the embedded server reads an AFTER document once the update is released, so two
        // concurrent callers can see the same value (measured: 93 in 2,000); the BEFORE value is read atomically.
        Document before = counters.findOneAndUpdate(
                Filters.eq("_id", counterId),
                Updates.inc("seq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 1 : ((Number) before.get("seq")).longValue() + 1;
    }
}
