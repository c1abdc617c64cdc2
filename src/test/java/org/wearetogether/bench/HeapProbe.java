package org.wearetogether.bench;

import com.github.benmanes.caffeine.cache.Cache;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.function.Function;

/**
 * Heap held by cached chat records. The service keeps its cache private ({@code chat.internal.MongoChats}); the probe
 * reaches it by reflection (test code only), so that it can measure the used heap with the records cached and again
 * after evicting exactly those records, each after full collections: the difference is what the cache holds for them,
 * nothing of the store's own caches or the harness.
 */
final class HeapProbe {

    private static final String CHATS_CLASS = "org.wearetogether.chat.internal.MongoChats";

    private final Cache<String, ?> cache;

    private HeapProbe(Cache<String, ?> cache) {
        this.cache = cache;
    }

    /** The probe of a running service; {@code beans} finds a bean by its class. */
    @SuppressWarnings("unchecked")
    static HeapProbe of(Function<Class<?>, Object> beans) {
        try {
            Class<?> type = Class.forName(CHATS_CLASS);
            Field field = type.getDeclaredField("cache");
            field.setAccessible(true);
            return new HeapProbe((Cache<String, ?>) field.get(beans.apply(type)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the chat cache moved; update " + HeapProbe.class.getSimpleName(), e);
        }
    }

    long cachedRecords() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    boolean holdsAll(Collection<String> keys) {
        return cache.getAllPresent(keys).size() == keys.size();
    }

    void evict(Collection<String> keys) {
        cache.invalidateAll(keys);
        cache.cleanUp();
    }

    /** Used heap in bytes after full collections (until it stops shrinking). */
    static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used - 64 * 1024 && i >= 2) {
                return Math.min(now, used);
            }
            used = Math.min(now, used);
        }
        return used;
    }
}
