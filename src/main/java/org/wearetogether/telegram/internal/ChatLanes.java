package org.wearetogether.telegram.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * One serial lane per chat on a bounded pool: the tasks of one chat run strictly one after another and in order,
 * different chats in parallel. A lane exists only while it has work, so memory follows the pending work, which the
 * poll loop bounds.
 */
final class ChatLanes {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService workers;
    private final Map<String, ArrayDeque<Runnable>> lanes = new HashMap<>();

    ChatLanes(int workerCount) {
        this.workers = Executors.newFixedThreadPool(workerCount, new CustomizableThreadFactory("telegram-chat-"));
    }

    void submit(String chat, Runnable task) {
        boolean idle;
        synchronized (lanes) {
            var lane = lanes.get(chat);
            idle = lane == null;
            if (idle) {
                lane = new ArrayDeque<>();
                lanes.put(chat, lane);
            }
            lane.add(task);
        }
        if (idle) {
            workers.execute(() -> runNext(chat));
        }
    }

    /** Runs one task of the lane, then queues the lane again, so a busy chat cannot hold a worker for long. */
    private void runNext(String chat) {
        Runnable task;
        synchronized (lanes) {
            task = lanes.get(chat).peek();
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("A task of chat {} failed", chat, e);
        }
        boolean more;
        synchronized (lanes) {
            var lane = lanes.get(chat);
            lane.poll();
            more = !lane.isEmpty();
            if (!more) {
                lanes.remove(chat);
            }
        }
        if (more) {
            try {
                workers.execute(() -> runNext(chat));
            } catch (RejectedExecutionException e) {
                log.info("Shutting down: the rest of chat {} stays unconfirmed and comes again", chat);
            }
        }
    }

    /** Stops taking work and waits for the running tasks; queued tasks of stopped lanes are dropped. */
    boolean shutdown(long timeoutMillis) throws InterruptedException {
        workers.shutdown();
        return workers.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
    }
}
