package org.wearetogether.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequestSubmitted;
import org.wearetogether.intake.RequestQueue;
import org.wearetogether.intake.RequestQueue.QueuedRequest;
import org.wearetogether.intake.RequestStatusChanged;

/**
 * The open requests as the board shows them, held in memory (card fields only, no personal data: about 10,000
 * entries of a few hundred bytes for a large campaign), so that a board never reads the whole {@code requests}
 * collection: the embedded store uses no non-unique index, and its scan of 50,000 requests with a sort took seconds.
 *
 * <p>Filled from the store at the first question; kept current by this instance's own events (a request filed, a
 * status reached: the request in the event is as stored); read again from the store, in the background, when the
 * copy is older than {@link #REFRESH}, so that changes made by another instance (several instances on one store) show
 * within that, as the board's own minute poll does. Events that arrive while a refresh reads are applied again on
 * top of what it read, so a refresh never undoes a newer change.
 */
@Component
class OpenRequestsView implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenRequestsView.class);
    static final Duration REFRESH = Duration.ofSeconds(60);

    private final Clock clock;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("open-requests-view").daemon(true).factory());
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private Map<String, QueuedRequest> open;
    private Instant readAt;
    private List<QueuedRequest> sinceRead;
    private MongoRequestQueue pendingLookups;

    OpenRequestsView(Clock clock) {
        this.clock = clock;
    }

    /** The open requests now; the first call reads them from the store. */
    Collection<QueuedRequest> snapshot(MongoRequestQueue store) {
        synchronized (this) {
            pendingLookups = store;
            if (open != null) {
                if (Duration.between(readAt, clock.instant()).compareTo(REFRESH) > 0
                        && refreshing.compareAndSet(false, true)) {
                    try {
                        refresher.execute(() -> read(store));
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        refreshing.set(false);
                    }
                }
                return List.copyOf(open.values());
            }
        }
        read(store);
        synchronized (this) {
            return List.copyOf(open.values());
        }
    }

    private void read(MongoRequestQueue store) {
        Instant started = clock.instant();
        synchronized (this) {
            sinceRead = new ArrayList<>();
        }
        try {
            List<QueuedRequest> all = store.allOpen();
            synchronized (this) {
                Map<String, QueuedRequest> fresh = new HashMap<>();
                all.forEach(q -> fresh.put(q.number(), q));
                sinceRead.forEach(q -> apply(fresh, q));
                sinceRead = null;
                open = fresh;
                readAt = started;
            }
        } catch (RuntimeException e) {
            LOG.warn("The open requests could not be read again; the board keeps the copy it has: {}", e.toString());
            synchronized (this) {
                sinceRead = null;
                if (open == null) {
                    throw e;
                }
            }
        } finally {
            refreshing.set(false);
        }
    }

    @EventListener
    void on(RequestStatusChanged event) {
        HelpRequest r = event.request();
        changed(new QueuedRequest(
                r.number(),
                r.status(),
                r.regionCode(),
                r.needs(),
                r.urgency(),
                r.beneficiary() == null ? null : r.beneficiary().ageGroup(),
                r.holder(),
                r.createdAt(),
                r.updatedAt() == null ? r.createdAt() : r.updatedAt()));
    }

    /** A new request: read by its number (one document by the unique index) for the fields the event lacks. */
    @EventListener
    void on(HelpRequestSubmitted event) {
        MongoRequestQueue store;
        synchronized (this) {
            store = pendingLookups;
        }
        if (store == null) {
            return; // nobody asked yet: the first question reads everything
        }
        try {
            QueuedRequest q = store.byNumber(event.number());
            if (q != null) {
                changed(q);
            }
        } catch (RuntimeException e) {
            LOG.debug("A new request is shown after the next refresh: {}", e.toString());
            synchronized (this) {
                readAt = Instant.EPOCH;
            }
        }
    }

    private synchronized void changed(QueuedRequest q) {
        if (sinceRead != null) {
            sinceRead.add(q);
        }
        if (open != null) {
            apply(open, q);
        }
    }

    private static void apply(Map<String, QueuedRequest> map, QueuedRequest q) {
        QueuedRequest had = map.get(q.number());
        if (had != null && had.updatedAt().isAfter(q.updatedAt())) {
            return;
        }
        if (RequestQueue.OPEN.contains(q.status())) {
            map.put(q.number(), q);
        } else {
            map.remove(q.number());
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
