package org.wearetogether.intake.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Allocates request numbers: the region's short code and a per-region sequence, {@code MOW-000123}, short enough
 * to read over the phone. One atomic {@code $inc} per number; a number may be wasted, never given twice.
 */
final class MongoRequestNumbers {

    private static final String COUNTERS = "counters";

    private final MongoCollection<Document> counters;

    MongoRequestNumbers(MongoDatabase database) {
        this.counters = database.getCollection(COUNTERS);
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
