package org.wearetogether.telegram.internal;

import java.util.Set;
import org.wearetogether.chat.StoreUnavailable;

/**
 * Tells failures of the front desk worth waiting out (the store is unreachable) from failures that would repeat
 * forever (a defect). The first keep the update unconfirmed and are retried; the second are logged and confirmed, so
 * one bad update cannot stop the bot.
 */
final class TransientFailures {

    /**
     * MongoDB driver failures that mean "not reachable now", recognised by name because only the storage module may
     * import the driver; a front desk should wrap them in {@link StoreUnavailable}, this is the safety net.
     */
    private static final Set<String> UNREACHABLE = Set.of(
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoSocketOpenException",
            "com.mongodb.MongoSocketReadException",
            "com.mongodb.MongoSocketReadTimeoutException",
            "com.mongodb.MongoSocketWriteException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoExecutionTimeoutException",
            "com.mongodb.MongoOperationTimeoutException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoConnectionPoolClearedException");

    private TransientFailures() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreUnavailable
                    || UNREACHABLE.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
