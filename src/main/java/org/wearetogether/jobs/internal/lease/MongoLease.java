package org.wearetogether.jobs.internal.lease;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.jobs.internal.lease.MongoLeaseDocument.Attempt;
import org.wearetogether.jobs.internal.lease.MongoLeaseDocument.Outcome;

/**
 * Leadership among instances that share one MongoDB: one document names the holder and when its lease expires
 * ({@link MongoLeaseDocument}). The holder renews it every {@code renewEvery}; any instance takes it once it has
 * expired, and a standby tries at the moment it does. Both are one conditional write; no transaction, no TTL index:
 * the same on mongo-java-server and MongoDB.
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

    private static final Logger log = LoggerFactory.getLogger(MongoLease.class);
    private static final long MIN_CALL_MILLIS = 50;
    private static final long EXPIRY_SLACK_MILLIS = 10;

    private final MongoLeaseDocument document;
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
    /** Since when (monotonic) the lease could not be read or written, 0 while it can; with the last error. */
    private volatile long outOfReachSinceNanos;

    private volatile String lastError;

    public MongoLease(MongoDatabase database, LeaseSettings settings, Clock clock, String instanceId) {
        this.settings = settings;
        this.clock = clock;
        this.instanceId = instanceId;
        this.document = new MongoLeaseDocument(database, instanceId, token, settings.duration());
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

    /** One conditional write: takes the lease if it expired, renews it if it is ours. */
    private Outcome attempt(long startedNanos) {
        Attempt attempt = document.tryHold(clock.instant(), !leader, callTimeoutMillis(startedNanos));
        if (attempt.outcome() == Outcome.UNKNOWN) {
            unreachable(attempt.error());
            return Outcome.UNKNOWN;
        }
        reachable();
        if (attempt.outcome() == Outcome.HELD && !leader) {
            log.info(
                    "This instance ({}) now holds the lease (term {}): it polls Telegram and runs what must happen "
                            + "once",
                    instanceId,
                    attempt.term());
        }
        return attempt.outcome();
    }

    /**
     * How long until the lease held by another instance expires by this instance's clock, plus a little: a standby
     * tries again then rather than up to {@code renewEvery} later, which takes a second off the takeover.
     */
    private long untilExpiryNanos() {
        try {
            return document.expiresAt(settings.renewEvery().toMillis())
                    .map(expiresAt -> TimeUnit.MILLISECONDS.toNanos(
                            Math.max(0, expiresAt.toEpochMilli() - clock.millis() + EXPIRY_SLACK_MILLIS)))
                    .orElse(0L);
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
            document.release(clock.instant(), settings.duration().toMillis());
            log.info("Lease released: another instance can take over at once");
        } catch (RuntimeException e) {
            log.warn("Lease not released ({}); another instance takes over when it expires", e.toString());
        }
    }

    /**
     * How long the lease's store has not answered (zero while it answers): an instance that cannot read the lease can
     * neither lead nor stand by for the one that does.
     */
    Duration outOfReachFor() {
        long since = outOfReachSinceNanos;
        return since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    /** The last error of the lease's store while it does not answer, or null. */
    String lastError() {
        return lastError;
    }

    private void reachable() {
        outOfReachSinceNanos = 0;
        lastError = null;
        if (unreachable) {
            unreachable = false;
            log.info("The lease's store answers again");
        }
    }

    private void unreachable(RuntimeException e) {
        lastError = e.toString();
        if (outOfReachSinceNanos == 0) {
            outOfReachSinceNanos = System.nanoTime() | 1; // never 0 while set
        }
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
