package org.wearetogether.telegram.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.telegram.TelegramSettings;

/**
 * Keeps the poll loop running while, and only while, this instance leads. Telegram allows one {@code getUpdates} per
 * bot (a second answers 409), so a standby does not poll: it waits for the lease. Each lease held is one term of the
 * loop: it starts when the lease is gained and ends when it is lost (the long poll in progress is cancelled; updates
 * in work finish) or the channel stops. A term that dies of an unexpected error is started again after a back-off
 * (the channel's retry settings; reset once a term ran for a minute), and the channel reports DOWN until it runs.
 */
final class PollSupervisor {

    /** The poll loop, in terms. */
    interface Term {

        /**
         * What needs doing once before any term, on a standby too, so that taking over costs no extra round trips
         * (the bot's name, webhook off, command menu); returns once done or {@code running} turned false.
         */
        default void prepare(BooleanSupplier running) throws InterruptedException {}

        /** One term of polling: returns once {@code active} turns false (lease lost, channel stopping). */
        void run(BooleanSupplier active) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(PollSupervisor.class);
    private static final Duration HEALTHY_AFTER = Duration.ofMinutes(1);
    /** Looks at the lease again this often even without being told, in case a change was missed. */
    private static final long LEASE_CHECK_MILLIS = 1_000;

    private final Leadership leadership;
    private final Term term;
    private final TelegramSettings.Retry retry;
    private final Consumer<ChannelStatus> status;
    private final Runnable cancelPoll;
    private final Object changes = new Object();
    private volatile boolean running;
    private volatile Thread thread;

    PollSupervisor(
            Leadership leadership,
            Term term,
            TelegramSettings.Retry retry,
            Consumer<ChannelStatus> status,
            Runnable cancelPoll) {
        this.leadership = leadership;
        this.term = term;
        this.retry = retry;
        this.status = status;
        this.cancelPoll = cancelPoll;
        leadership.onChange(this::leadershipChanged);
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::supervise, "telegram-poller");
        thread.start();
    }

    /** Ends the term in progress and waits up to {@code waitMillis} for the loop to return. */
    void stop(long waitMillis) throws InterruptedException {
        Thread supervising;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            supervising = thread;
        }
        wake();
        cancelPoll.run();
        supervising.interrupt();
        supervising.join(waitMillis);
    }

    /** Whether the loop's thread is alive (it may be waiting for the lease or for a restart). */
    boolean isAlive() {
        Thread supervising = thread;
        return supervising != null && supervising.isAlive();
    }

    private void leadershipChanged(boolean leading) {
        if (leading) {
            wake();
            return;
        }
        Thread supervising = thread;
        if (running && supervising != null) {
            cancelPoll.run();
            supervising.interrupt();
        }
    }

    private void wake() {
        synchronized (changes) {
            changes.notifyAll();
        }
    }

    private boolean active() {
        return running && leadership.isLeader();
    }

    private void supervise() {
        BackOffExecution restarts = null;
        boolean prepared = false;
        while (running) {
            long started = System.nanoTime();
            try {
                if (!prepared) {
                    term.prepare(() -> running);
                    prepared = running;
                }
                if (!awaitLease()) {
                    return;
                }
                started = System.nanoTime();
                term.run(this::active);
                restarts = null;
            } catch (InterruptedException e) {
                // the lease was lost or the channel stops: the loop looks again
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (restarts == null || System.nanoTime() - started > HEALTHY_AFTER.toNanos()) {
                    restarts = BackOffs.start(retry);
                }
                long delay = restarts.nextBackOff();
                status.accept(ChannelStatus.down("poll loop failed (" + e + "); restarting in " + delay + " ms"));
                log.error("The Telegram poll loop failed; restarting it in {} ms", delay, e);
                if (!pause(delay)) {
                    return;
                }
            }
        }
    }

    /** Waits until this instance leads; reports standby meanwhile. False when the channel stops. */
    private boolean awaitLease() {
        boolean told = false;
        while (running && !leadership.isLeader()) {
            if (!told) {
                status.accept(
                        ChannelStatus.standby("another instance holds the lease; this one takes over when it lapses"));
                log.info("Telegram channel on standby: another instance polls");
                told = true;
            }
            synchronized (changes) {
                try {
                    changes.wait(LEASE_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    // a lease change or stop: look again
                }
            }
        }
        Thread.interrupted(); // an interrupt meant for the term that ended must not cut the next one short
        return running;
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // stop or a lease change: the loop looks again
        }
        return running;
    }
}
