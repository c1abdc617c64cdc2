package org.wearetogether.crm.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key (bucket4j): a burst of {@code rateLimit} calls, refilled evenly over a minute. Only keys
 * that passed the check get a bucket, so the map holds at most one per valid key.
 */
final class ApiRateLimits {

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimits(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("together.crm.api.rate-limit must be at least 1, it is " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Empty when the key may make a call now (the call is counted); otherwise the seconds to wait, at least 1. */
    OptionalLong waitBeforeNext(String keyId) {
        Bucket bucket = buckets.computeIfAbsent(
                keyId,
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return OptionalLong.of(Math.max(1, seconds));
    }
}
