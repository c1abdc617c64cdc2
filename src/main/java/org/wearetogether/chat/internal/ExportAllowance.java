package org.wearetogether.chat.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * One {@code /mydata} per person per {@code every}: a file costs reads of every feature's data, so it is a token
 * bucket of one (bucket4j) per person, in a bounded cache (Caffeine) that forgets a bucket once it is full again.
 * Per instance: with several instances a person could get one file from each, which is still few.
 *
 * <p>The same input may be worked off twice (a write conflict makes the front desk respond again): the input that
 * took the token keeps it, so its second run is allowed too.
 */
final class ExportAllowance {

    private static final class Grant {
        private final Bucket bucket;
        private long updateId = Long.MIN_VALUE;

        Grant(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    private final Duration every;
    private final Cache<String, Grant> grants;

    ExportAllowance(Duration every, long trackedPeople) {
        this.every = every;
        this.grants = Caffeine.newBuilder()
                .maximumSize(trackedPeople)
                .expireAfterAccess(every)
                .build();
    }

    /** Whether the person may have a file for this input; empty when allowed, else how long to wait. */
    java.util.Optional<Duration> refusal(String userId, long updateId) {
        Grant grant = grants.get(userId, id -> new Grant(bucket()));
        synchronized (grant) {
            if (grant.updateId == updateId) {
                return java.util.Optional.empty();
            }
            var probe = grant.bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                grant.updateId = updateId;
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket bucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(1)
                        .refillIntervally(1, every)
                        .build())
                .build();
    }
}
