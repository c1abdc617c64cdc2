package org.wearetogether.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The update queue of the fake with Telegram's {@code getUpdates} semantics: an offset drops every update below it,
 * everything from the offset on is delivered (again) until a later offset passes it; with nothing to deliver the
 * request waits up to its {@code timeout} seconds without holding a thread, and a newer {@code getUpdates} ends an
 * older waiting one as Telegram does: with 409 Conflict (two bot instances polling at once see it).
 */
final class FakeTelegramPolling {

    private final TreeMap<Long, ObjectNode> queued = new TreeMap<>();
    /** Every update, for {@link #deliverAgain}, while {@link #keepDelivered} is on. */
    private final Map<Long, ObjectNode> everything = new HashMap<>();

    private final ArrayDeque<ObjectNode> again = new ArrayDeque<>();
    private final List<Waiting> waiting = new ArrayList<>();
    private long nextId = 1000;
    private long confirmedOffset;
    /** Updates handed out by getUpdates, counting every re-delivery of one the service has not confirmed yet. */
    private long delivered;
    /** When each update not handed out yet was queued (nanoTime), for {@link #onFirstDelivery}. */
    private final Map<Long, Long> queuedAt = new HashMap<>();

    private boolean keepDelivered = true;
    private volatile LongConsumer firstDelivery = waited -> {};

    private record Waiting(long offset, int limit, FakeTelegramServer.Reply reply) {}

    long enqueue(ObjectNode update) {
        List<Waiting> woken;
        long id;
        synchronized (this) {
            id = nextId++;
            ObjectNode withId = FakeTelegramUpdates.object().put("update_id", id);
            withId.setAll(update);
            queued.put(id, withId);
            queuedAt.put(id, System.nanoTime());
            if (keepDelivered) {
                everything.put(id, withId);
            }
            woken = List.copyOf(waiting);
            waiting.clear();
        }
        woken.forEach(w -> w.reply().ok(take(w.offset(), w.limit())));
        return id;
    }

    void deliverAgain(long updateId) {
        List<Waiting> woken;
        synchronized (this) {
            ObjectNode update = everything.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("no update " + updateId);
            }
            again.add(update);
            woken = List.copyOf(waiting);
            waiting.clear();
        }
        woken.forEach(w -> w.reply().ok(take(w.offset(), w.limit())));
    }

    void getUpdates(ObjectNode params, FakeTelegramServer.Reply reply) {
        long offset = Math.max(0, params.path("offset").asLong(0));
        int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
        long timeoutSeconds = Math.max(0, params.path("timeout").asLong(0));
        List<Waiting> ended;
        Waiting parked = new Waiting(offset, limit, reply);
        synchronized (this) {
            confirm(offset);
            ArrayNode ready = collect(offset, limit);
            if (!ready.isEmpty() || timeoutSeconds == 0) {
                reply.ok(ready);
                return;
            }
            ended = List.copyOf(waiting);
            waiting.clear();
            waiting.add(parked);
        }
        ended.forEach(w -> w.reply()
                .error(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is "
                                + "running",
                        null));
        reply.after(timeoutSeconds * 1000, () -> {
            boolean stillWaiting;
            synchronized (this) {
                stillWaiting = waiting.remove(parked);
            }
            if (stillWaiting) {
                reply.ok(FakeTelegram.array());
            }
        });
    }

    private synchronized ArrayNode take(long offset, int limit) {
        return collect(offset, limit);
    }

    private void confirm(long offset) {
        if (offset > 0) {
            queued.headMap(offset).clear();
            confirmedOffset = Math.max(confirmedOffset, offset);
        }
    }

    private ArrayNode collect(long offset, int limit) {
        ArrayNode result = FakeTelegram.array();
        while (!again.isEmpty() && result.size() < limit) {
            result.add(again.poll());
        }
        for (ObjectNode update : queued.tailMap(offset).values()) {
            if (result.size() >= limit) {
                break;
            }
            result.add(update);
        }
        delivered += result.size();
        long now = System.nanoTime();
        for (var update : result) {
            Long at = queuedAt.remove(update.path("update_id").asLong());
            if (at != null) {
                firstDelivery.accept(now - at);
            }
        }
        return result;
    }

    synchronized void keepDelivered(boolean on) {
        keepDelivered = on;
        if (!on) {
            everything.clear();
        }
    }

    void onFirstDelivery(LongConsumer listener) {
        firstDelivery = listener;
    }

    synchronized long delivered() {
        return delivered;
    }

    synchronized int unconfirmed() {
        return queued.size();
    }

    synchronized long confirmedOffset() {
        return confirmedOffset;
    }
}
