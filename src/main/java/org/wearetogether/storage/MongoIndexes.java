package org.wearetogether.storage;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates indexes at start-up, idempotently, on MongoDB and on the embedded store alike.
 *
 * <p>Creating an index that already exists with the same keys and options changes nothing. The embedded store
 * accepts but ignores non-unique and TTL indexes, so code must never rely on them for correctness; they are still
 * created for MongoDB. A non-unique index that cannot be created (for example, one whose options changed since it
 * was first created: codes 85/86) is logged and skipped, because it only affects speed. A unique index that cannot
 * be created is an error: correctness depends on it.
 */
public final class MongoIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(MongoIndexes.class);

    private MongoIndexes() {}

    /** Ensures that every given index exists on the collection. */
    public static void ensure(MongoCollection<?> collection, IndexModel... indexes) {
        ensure(collection, List.of(indexes));
    }

    /** Ensures that every given index exists on the collection. */
    public static void ensure(MongoCollection<?> collection, List<IndexModel> indexes) {
        for (IndexModel index : indexes) {
            ensureOne(collection, index);
        }
    }

    private static void ensureOne(MongoCollection<?> collection, IndexModel index) {
        try {
            collection.createIndexes(List.of(index));
        } catch (MongoCommandException e) {
            if (index.getOptions().isUnique()) {
                throw e;
            }
            LOG.warn(
                    "Index {} on {} not created ({}: {}); queries still work, maybe slower",
                    index.getKeys(),
                    collection.getNamespace(),
                    e.getErrorCode(),
                    e.getErrorMessage());
        }
    }
}
