package org.wearetogether.jobs.internal.lease;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.storage.MongoErrors;

/**
 * Leadership among instances that share one MongoDB: one document ({@code leases}, {@code _id: "leader"}) names the
 * holder and when its lease expires. The holder renews it every {@code renewEvery}; any instance takes it once it
 * has expired. Both are one conditional {@code findOneAndUpdate} with upsert: "the lease, if it has expired or is
 * mine". When another instance holds a live lease the filter matches nothing and the upsert's insert of the same
 * {@code _id} fails with a duplicate key (11000): not acquired. No transaction, no TTL index: the same on
 * mongo-java-server and MongoDB.
 *
 * <p>Fencing: a holder acts only until the moment it started its last successful renewal plus the lease's duration
 * minus the margin, by its own monotonic clock ({@link System#nanoTime}), whether or not it can reach the store. The
 * expiry it wrote is that same start plus the whole duration by its wall clock, and a standby takes over only once
 * its own wall clock has passed that expiry; so as long as the wall clocks of the instances agree within the margin,
 * the old holder has stopped before the new one starts. {@link #isLeader()} checks the deadline itself, so it turns
 * false on time even if the thread that renews is stuck in a call.
 *
 * <p>Each process writes a random token beside its id, so two instances given the same name never both hold the
 * lease. On a clean stop it releases the lease (expiry in the past), so a standby takes over at its next attempt.
 *
 * <p>Listeners are called on the lease's own thread (at a change), or at once on the registering thread when this
 * instance holds the lease already; they must be quick (start or signal work, not wait for it) and may be called
 * with the same value twice.
 */
public final class MongoLease implements Leadership, SmartLifecycle {

    /** Starts before and stops after the lifecycles that act on leadership (the default phase of SmartLifecycle). */
    public static final int PHASE = -1000;

    static final String COLLECTION = "leases";
    static final String LEASE_ID = "leader";

    private static final Logger log = LoggerFactory.getLogger(MongoLease.class);
    private static final long MIN_CALL_MILLIS = 50;
    private static final long EXPIRY_SLACK_MILLIS = 10;

    private final MongoCollection<Document> leases;
    private final LeaseSettings settings;
    /** The wall clock of the expiry; the system's own, never a test's fixed clock. */
    private final Clock clock;

    private final String instanceId;
    private final String token = UUID.randomUUID().toString();
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean leader;
    private volatile long actUntilNanos;
    private volatile boolean running;
    private volatile Thread thread;
    private boolean unreachable;

    public MongoLease(MongoDatabase database, LeaseSettings settings, Clock clock, String instanceId) {
        this.leases = database.getCollection(COLLECTION);
        this.settings = settings;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    @Override
    public boolean isLeader() {
        return leader && System.nanoTime() - actUntilNanos < 0;
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public void onChange(Consumer<Boolean> listener) {
        synchronized (listeners) {
            listeners.add(listener);
            if (leader) {
                listener.accept(true);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread holding = new Thread(this::hold, "lease");
        holding.setDaemon(true);
        thread = holding;
        holding.start();
    }

    /** Stops renewing, tells the listeners this instance no longer leads, and releases the lease. */
    @Override
    public void stop() {
        Thread holding;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            holding = thread;
        }
        holding.interrupt();
        try {
            holding.join(settings.duration().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean held = leader;
        announce(false, "this instance is stopping");
        if (held) {
            release();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The lease's thread: an unexpected error is logged and the next attempt made as usual, so it never dies. */
    private void hold() {
        while (running) {
            long started = System.nanoTime();
            long next = started + settings.renewEvery().toNanos();
            try {
                next = holdOnce(started, next);
            } catch (RuntimeException e) {
                log.error("The lease's thread failed; it tries again", e);
            }
            if (!pause(next)) {
                return;
            }
            if (leader && System.nanoTime() - actUntilNanos >= 0) {
                announce(
                        false,
                        "the lease could not be renewed for "
                                + settings.actFor().toMillis() + " ms");
            }
        }
    }

    /** One attempt and what follows from it; returns when to try next. */
    private long holdOnce(long started, long next) {
        switch (attempt(started)) {
            case HELD -> {
                actUntilNanos = started + settings.actFor().toNanos();
                announce(true, null);
            }
            case HELD_BY_ANOTHER -> {
                announce(false, "another instance holds the lease");
                return Math.min(next, System.nanoTime() + untilExpiryNanos());
            }
            case UNKNOWN -> {} // the deadline decides
        }
        return next;
    }

    private enum Outcome {
        HELD,
        HELD_BY_ANOTHER,
        UNKNOWN
    }

    /** One conditional write: takes the lease if it expired, renews it if it is ours. */
    private Outcome attempt(long startedNanos) {
        Instant now = clock.instant();
        Document filter = new Document("_id", LEASE_ID)
                .append(
                        "$or",
                        List.of(
                                new Document("expiresAt", new Document("$lte", Date.from(now))),
                                new Document("token", token)));
        Document set = new Document("holder", instanceId)
                .append("token", token)
                .append("expiresAt", Date.from(now.plus(settings.duration())))
                .append("renewedAt", Date.from(now));
        Document update = new Document("$set", set);
        if (!leader) {
            set.append("since", Date.from(now));
            update.append("$inc", new Document("term", 1L));
        }
        try {
            Document after = leases.withTimeout(callTimeoutMillis(startedNanos), TimeUnit.MILLISECONDS)
                    .findOneAndUpdate(
                            filter,
                            update,
                            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            reachable();
            if (after != null && token.equals(after.getString("token"))) {
                if (!leader) {
                    log.info(
                            "This instance ({}) now holds the lease (term {}): it polls Telegram and runs what must "
                                    + "happen once",
                            instanceId,
                            after.get("term"));
                }
                return Outcome.HELD;
            }
            return Outcome.HELD_BY_ANOTHER;
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                reachable();
                return Outcome.HELD_BY_ANOTHER; // the document exists, is not ours and has not expired
            }
            unreachable(e);
            return Outcome.UNKNOWN;
        } catch (RuntimeException e) {
            unreachable(e);
            return Outcome.UNKNOWN;
        }
    }

    /**
     * How long until the lease held by another instance expires by this instance's clock, plus a little: a standby
     * tries again then rather than up to {@code renewEvery} later, which takes a second off the takeover.
     */
    private long untilExpiryNanos() {
        try {
            Document lease = leases.withTimeout(settings.renewEvery().toMillis(), TimeUnit.MILLISECONDS)
                    .find(new Document("_id", LEASE_ID))
                    .first();
            Date expiresAt = lease == null ? null : lease.getDate("expiresAt");
            if (expiresAt == null) {
                return 0;
            }
            long millis = expiresAt.getTime() - clock.millis() + EXPIRY_SLACK_MILLIS;
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        } catch (RuntimeException e) {
            return settings.renewEvery().toNanos();
        }
    }

    /** A renewal must not outlast the time this instance may still act: the deadline is checked after it. */
    private long callTimeoutMillis(long startedNanos) {
        long limit = settings.renewEvery().toMillis();
        if (leader) {
            limit = Math.min(limit, TimeUnit.NANOSECONDS.toMillis(actUntilNanos - startedNanos));
        }
        return Math.max(MIN_CALL_MILLIS, limit);
    }

    /** Waits until the next attempt, or until this instance must stop acting if that is sooner; false when stopped. */
    private boolean pause(long nextAttemptNanos) {
        long until = leader && actUntilNanos - nextAttemptNanos < 0 ? actUntilNanos : nextAttemptNanos;
        long left = until - System.nanoTime();
        if (left <= 0) {
            return running;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(left);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private void announce(boolean leading, String why) {
        synchronized (listeners) {
            if (leader == leading) {
                return;
            }
            leader = leading;
            if (!leading) {
                log.warn("This instance ({}) no longer holds the lease: {}", instanceId, why);
            }
            for (Consumer<Boolean> listener : listeners) {
                try {
                    listener.accept(leading);
                } catch (RuntimeException e) {
                    log.error("A listener of the lease failed", e);
                }
            }
        }
    }

    private void release() {
        try {
            leases.withTimeout(settings.duration().toMillis(), TimeUnit.MILLISECONDS)
                    .updateOne(
                            new Document("_id", LEASE_ID).append("token", token),
                            new Document(
                                    "$set",
                                    new Document("expiresAt", new Date(0))
                                            .append("releasedAt", Date.from(clock.instant()))));
            log.info("Lease released: another instance can take over at once");
        } catch (RuntimeException e) {
            log.warn("Lease not released ({}); another instance takes over when it expires", e.toString());
        }
    }

    private void reachable() {
        if (unreachable) {
            unreachable = false;
            log.info("The lease's store answers again");
        }
    }

    private void unreachable(RuntimeException e) {
        if (!unreachable) {
            unreachable = true;
            log.warn(
                    "The lease could not be written ({}); {}",
                    e.toString(),
                    leader ? "this instance stops acting when its lease runs out" : "trying again");
        } else {
            log.debug("The lease could not be written: {}", e.toString());
        }
    }
}
