package org.wearetogether.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * How long one collection's documents (or some of their fields) are kept, and what happens when that time is up.
 * Each module declares the rules of its own collections as beans; the {@code retention} job runs them all in bounded
 * batches, off the request path, on the lease holder. A collection the service creates without a rule fails the
 * build ({@code EveryCollectionHasARetentionRuleIT}).
 *
 * @param name unique, for logs and the {@code together_retention_expired_total} metric, e.g. {@code chats-inactive}
 * @param collection the collection it applies to
 * @param expiry what expiry does; {@link Expiry#NEVER} for a collection kept while it is needed (settings, one
 *     document per region) whose own lifecycle removes what is no longer wanted
 */
public record RetentionRule(String name, String collection, Expiry expiry) {

    public RetentionRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(expiry, "expiry");
    }

    /**
     * A collection that holds no history: configuration or one document per region or job, removed by its own
     * commands ({@code /hq off}, revoking a role). Declared so that the inventory stays complete.
     */
    public static RetentionRule keptWhileNeeded(String name, String collection) {
        return new RetentionRule(name, collection, Expiry.NEVER);
    }

    /** One bounded step of expiry. */
    @FunctionalInterface
    public interface Expiry {

        /** Nothing expires by time. */
        Expiry NEVER = (now, limit) -> 0;

        /**
         * Expires at most {@code limit} documents that are due at {@code now}; called again while it returns
         * {@code limit} (there may be more).
         *
         * @return how many documents were deleted or erased
         */
        int expire(Instant now, int limit);
    }
}
