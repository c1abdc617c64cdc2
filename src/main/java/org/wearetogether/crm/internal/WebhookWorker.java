package org.wearetogether.crm.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.wearetogether.crm.CrmSettings;

/**
 * Runs the sweep and the dispatcher on one thread of their own, so that a slow receiver never delays the chat's
 * timers on Spring's shared scheduler. The first sweep runs at start-up: it recovers changes lost by a crash.
 */
class WebhookWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

    private static final long STOP_WAIT_SECONDS = 5;

    private final WebhookOutbox outbox;
    private final WebhookDispatcher dispatcher;
    private final CrmSettings settings;
    private ScheduledExecutorService executor;

    WebhookWorker(WebhookOutbox outbox, WebhookDispatcher dispatcher, CrmSettings settings) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "crm-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        long sweep = settings.sweepInterval().toMillis();
        long dispatch = settings.dispatchInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> guarded("sweep", outbox::sweep), 0, sweep, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(
                () -> guarded("dispatch", dispatcher::dispatchDue), dispatch, dispatch, TimeUnit.MILLISECONDS);
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // a store outage must not stop the schedule: the next run tries again
            LOG.warn("Webhook {} failed, will retry: {}", what, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            // let a running send or store write finish before the store closes; its result is then stored
            if (!executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
