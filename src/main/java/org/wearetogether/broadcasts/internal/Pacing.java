package org.wearetogether.broadcasts.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limits every broadcast shares: a global token bucket (capacity one, so that no second ever holds more than the
 * rate), at most one message per chat in {@code perChat}, and a pause of everything after the channel says "too many
 * requests". Used by the one sender thread only.
 */
final class Pacing {

    private final Bucket bucket;
    private final Duration perChat;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> lastSent = new LinkedHashMap<>();
    private Instant pausedUntil = Instant.MIN;

    Pacing(double rate, Duration perChat, Clock clock) {
        long nanosPerToken = Math.max(1, Math.round(1_000_000_000d / rate));
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(1)
                        .refillGreedy(1, Duration.ofNanos(nanosPerToken))
                        .build())
                .build();
        this.perChat = perChat;
        this.clock = clock;
    }

    /** Waits for the next token of the global rate. */
    void acquire() throws InterruptedException {
        bucket.asBlocking().consume(1);
    }

    boolean chatFree(String chatKey, Instant now) {
        Instant last = lastSent.get(chatKey);
        return last == null || !now.isBefore(last.plus(perChat));
    }

    void sentTo(String chatKey) {
        Instant now = clock.instant();
        lastSent.remove(chatKey);
        lastSent.put(chatKey, now);
        Iterator<Map.Entry<String, Instant>> oldest = lastSent.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, Instant> e = oldest.next();
            if (now.isBefore(e.getValue().plus(perChat))) {
                break;
            }
            oldest.remove();
        }
    }

    void pause(Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** How long everything must still wait; zero when sending may go on. */
    Duration paused() {
        Duration left = Duration.between(clock.instant(), pausedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
