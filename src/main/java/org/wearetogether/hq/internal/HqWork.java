package org.wearetogether.hq.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the HQ sweeps (forwarding, back-fill, notices, timers) on one thread: at a fixed interval, and at once when
 * nudged by an event. One thread means the sweeps of this instance never race each other; the store's guards
 * cover several instances.
 */
final class HqWork implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HqWork.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hq-sweeps");
        t.setDaemon(true);
        return t;
    });
    /**
     * Nudged sweeps start at most this often after the previous one. Each sweep reads the requests (a scan of the
     * whole collection on the embedded store, under its read lock, so writes wait), and with one sweep per new
     * request a busy hour ran them back to back; a card or notice a quarter of a second later goes unnoticed.
     */
    private static final long MIN_NANOS_BETWEEN_NUDGED_SWEEPS = TimeUnit.MILLISECONDS.toNanos(250);

    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile List<Runnable> sweeps = List.of();
    private volatile long lastSweepStarted = System.nanoTime() - MIN_NANOS_BETWEEN_NUDGED_SWEEPS;

    /** Starts sweeping; the first sweep runs at once. */
    void start(List<Runnable> toRun, Duration interval) {
        this.sweeps = List.copyOf(toRun);
        thread.scheduleWithFixedDelay(this::sweep, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a sweep soon; nudges while one is queued collapse into it. */
    void nudge() {
        if (nudged.compareAndSet(false, true)) {
            long wait = lastSweepStarted + MIN_NANOS_BETWEEN_NUDGED_SWEEPS - System.nanoTime();
            try {
                thread.schedule(this::sweep, Math.max(0, wait), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                nudged.set(false);
            }
        }
    }

    private void sweep() {
        nudged.set(false);
        lastSweepStarted = System.nanoTime();
        for (Runnable sweep : sweeps) {
            try {
                sweep.run();
            } catch (RuntimeException e) {
                log.warn("An HQ sweep failed; it runs again at the next interval", e);
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
