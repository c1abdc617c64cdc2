package org.wearetogether.tasks.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the tasks' sweep (expiries, withdrawals events missed) on one thread at a fixed interval. */
final class TaskSweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TaskSweep.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "task-sweep");
        t.setDaemon(true);
        return t;
    });

    void start(Runnable sweep, Duration interval) {
        thread.scheduleWithFixedDelay(
                () -> {
                    try {
                        sweep.run();
                    } catch (RuntimeException e) {
                        log.warn("The task sweep failed; it runs again at the next interval", e);
                    }
                },
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }
}
