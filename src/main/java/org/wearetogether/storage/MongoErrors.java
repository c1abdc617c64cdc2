package org.wearetogether.storage;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;

/** Classifies MongoDB errors that features handle themselves, on both the embedded store and MongoDB. */
public final class MongoErrors {

    /** MongoDB's code for a unique index violation. */
    public static final int DUPLICATE_KEY = 11000;

    private MongoErrors() {}

    /**
     * Whether the error is a unique index violation, however the driver reports it: a write error of an insert or
     * update, a command error of {@code findAndModify}, or one of the errors of a bulk write.
     */
    public static boolean isDuplicateKey(MongoException error) {
        if (error instanceof MongoWriteException write) {
            return ErrorCategory.fromErrorCode(write.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
        }
        if (error instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                    .anyMatch(e -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    /**
     * Whether the error (or one of its causes) means the store cannot be reached right now — a network error, a
     * timeout choosing a server, a primary stepping down — so the same operation may succeed later.
     */
    public static boolean isUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.mongodb.MongoSocketException
                    || t instanceof com.mongodb.MongoTimeoutException
                    || t instanceof com.mongodb.MongoNotPrimaryException
                    || t instanceof com.mongodb.MongoNodeIsRecoveringException) {
                return true;
            }
        }
        return false;
    }
}
