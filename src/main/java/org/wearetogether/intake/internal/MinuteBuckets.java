package org.wearetogether.intake.internal;

import java.time.Duration;
import java.util.Map;

/**
 * Durations in minutes as a histogram that can be kept as a few counters per day and added up across days and
 * regions: exact buckets under 16 minutes, then 8 buckets per doubling (each at most 1/8 of its lower bound wide), so
 * 180 days fit in 152 buckets. A hand-made histogram rather than HdrHistogram because each bucket must be a field that
 * MongoDB can {@code $inc}.
 */
final class MinuteBuckets {

    private static final int EXACT = 16;
    private static final int PER_DOUBLING = 8;

    private MinuteBuckets() {}

    static int bucket(long minutes) {
        if (minutes < EXACT) {
            return (int) Math.max(0, minutes);
        }
        int exponent = 63 - Long.numberOfLeadingZeros(minutes);
        int sub = (int) ((minutes >> (exponent - 3)) & (PER_DOUBLING - 1));
        return EXACT + (exponent - 4) * PER_DOUBLING + sub;
    }

    /** The least minutes in the bucket. */
    static long lower(int bucket) {
        if (bucket < EXACT) {
            return bucket;
        }
        int exponent = (bucket - EXACT) / PER_DOUBLING + 4;
        int sub = (bucket - EXACT) % PER_DOUBLING;
        return (long) (PER_DOUBLING + sub) << (exponent - 3);
    }

    /** The most minutes in the bucket. */
    static long upper(int bucket) {
        return bucket < EXACT ? bucket : lower(bucket + 1) - 1;
    }

    /**
     * The {@code percentile} (0-100) by nearest rank: the middle of the bucket holding the value that rank has in
     * sorted order. Zero for an empty histogram.
     */
    static Duration percentile(Map<Integer, Long> counts, double percentile) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Duration.ZERO;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100 * total));
        long seen = 0;
        for (var bucket : new java.util.TreeMap<>(counts).entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                int b = bucket.getKey();
                return Duration.ofMinutes((lower(b) + upper(b)) / 2);
            }
        }
        throw new IllegalStateException("unreachable: rank " + rank + " of " + total);
    }
}
