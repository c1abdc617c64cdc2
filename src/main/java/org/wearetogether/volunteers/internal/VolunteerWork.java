package org.wearetogether.volunteers.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the approval sweeps (cards owed, notices owed, stale cards) on one thread: at a fixed interval, and at once
 * when nudged. One thread means this instance's sweeps never race each other; the store's guards cover several
 * instances.
 */
class VolunteerWork implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VolunteerWork.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "volunteer-sweeps");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile List<Runnable> sweeps = List.of();

    void start(List<Runnable> toRun, Duration interval) {
        this.sweeps = List.copyOf(toRun);
        thread.scheduleWithFixedDelay(this::sweep, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a sweep soon; nudges while one is queued collapse into it. */
    void nudge() {
        if (nudged.compareAndSet(false, true)) {
            try {
                thread.execute(this::sweep);
            } catch (RejectedExecutionException e) {
                nudged.set(false);
            }
        }
    }

    private void sweep() {
        nudged.set(false);
        for (Runnable sweep : sweeps) {
            try {
                sweep.run();
            } catch (RuntimeException e) {
                log.warn("A volunteer sweep failed; it runs again at the next interval", e);
            }
        }
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
