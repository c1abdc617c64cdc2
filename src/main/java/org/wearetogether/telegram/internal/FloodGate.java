package org.wearetogether.telegram.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The inbound limit per chat, checked where updates are dispatched, before a worker is used: a token bucket per chat
 * (bucket4j) whose allowance comes back whole when the window has passed. The first update over the limit earns one
 * "please slow down"; the rest are confirmed without work until the allowance is back. The buckets live in a bounded
 * cache (Caffeine), so a flood of new chats cannot grow memory without end; a chat dropped from it starts afresh.
 */
final class FloodGate {

    /** What to do with one update. */
    enum Verdict {
        /** Within the limit: work it off. */
        PASS,
        /** The first over the limit: ask the person, once, to slow down. */
        SLOW_DOWN,
        /** Over the limit and already asked: confirm without work. */
        DROP
    }

    private static final class Allowance {
        private final Bucket bucket;
        private boolean warned;

        Allowance(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    private final TelegramSettings.Flood flood;
    private final Cache<String, Allowance> chats;

    FloodGate(TelegramSettings.Flood flood) {
        this.flood = flood;
        this.chats = Caffeine.newBuilder()
                .maximumSize(flood.trackedChats())
                // an idle chat's bucket is full again after one window: forgetting it then changes nothing
                .expireAfterAccess(flood.window().multipliedBy(2))
                .build();
    }

    Verdict admit(String chatKey) {
        Allowance allowance = chats.get(chatKey, key -> new Allowance(bucket()));
        synchronized (allowance) {
            if (allowance.bucket.tryConsume(1)) {
                allowance.warned = false;
                return Verdict.PASS;
            }
            if (!allowance.warned) {
                allowance.warned = true;
                return Verdict.SLOW_DOWN;
            }
            return Verdict.DROP;
        }
    }

    private Bucket bucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(flood.updates())
                        .refillIntervally(flood.updates(), flood.window())
                        .build())
                .build();
    }
}
