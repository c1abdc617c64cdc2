package org.wearetogether.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;

/**
 * Simulated users against a {@link FakeTelegram}, without a thread per user: the fake tells the crowd about every
 * message, the crowd finds the user of the chat and, when it is the awaited reply, records the latency (from the
 * moment the input was offered to the moment the fake stored the reply) and lets the user go on.
 *
 * <p>Two ways to drive them: {@link #closedLoop} (every user sends its next input as soon as the reply arrives, think
 * time 0: the saturation rate) and {@link #openLoop} (inputs offered at a fixed rate by a pacer, each to a user who is
 * not waiting, a fresh one when none is free; latency counts from the moment the input was due, so a late pacer
 * cannot hide queueing).
 */
public final class Crowd implements AutoCloseable {

    private final FakeTelegram telegram;
    private final Map<Long, SimulatedUser> users = new ConcurrentHashMap<>();
    private final ExecutorService sending =
            Executors.newSingleThreadExecutor(new CustomizableThreadFactory("bench-users-"));
    private final AtomicLong nextId;
    private volatile Phase phase;

    public Crowd(FakeTelegram telegram, long firstUserId) {
        this.telegram = telegram;
        this.nextId = new AtomicLong(firstUserId);
        telegram.onMessage(this::heard);
        telegram.onFirstDelivery(this::fetched);
    }

    /** What one run measured. */
    public record Run(
            long updates,
            long dialogsFinished,
            Duration elapsed,
            Histogram latency,
            Histogram waitedToBeFetched,
            List<String> stuck) {

        public double updatesPerSecond() {
            return updates / (elapsed.toNanos() / 1e9);
        }
    }

    private final class Phase {
        final Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        final Histogram waitedToBeFetched = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        final AtomicLong answered = new AtomicLong();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong finished = new AtomicLong();
        final ConcurrentLinkedQueue<SimulatedUser> ready = new ConcurrentLinkedQueue<>();
        final boolean closed;
        volatile long lastReplyAt;

        Phase(boolean closed) {
            this.closed = closed;
        }
    }

    /** {@code count} new users each complete the whole help-request dialog as fast as the bot answers. */
    public Run completeDialogs(int count, Duration timeout) {
        return closedLoop(count, HelpRequestScript.STEPS.size(), timeout);
    }

    /** Answers heard so far in the running phase (0 between phases). */
    public long answeredSoFar() {
        Phase run = phase;
        return run == null ? 0 : run.answered.get();
    }

    /** {@code count} new users go through the script up to {@code lastStep}, each as fast as the bot answers. */
    public Run closedLoop(int count, int lastStep, Duration timeout) {
        Phase run = new Phase(true);
        phase = run;
        List<SimulatedUser> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(newUser(lastStep));
        }
        long start = System.nanoTime();
        started.forEach(u -> send(run, u, System.nanoTime()));
        awaitAnswers(run, count, timeout);
        return result(run, start, run.lastReplyAt);
    }

    /** Inputs offered at {@code perSecond} for {@code duration}, to users going through the whole script. */
    Run openLoop(double perSecond, Duration duration, Duration drainTimeout) {
        Phase run = new Phase(false);
        phase = run;
        long interval = (long) (1e9 / perSecond);
        long inputs = (long) (perSecond * duration.toNanos() / 1e9);
        long start = System.nanoTime();
        for (long i = 0; i < inputs; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            SimulatedUser user = run.ready.poll();
            send(run, user != null ? user : newUser(HelpRequestScript.STEPS.size()), due);
        }
        awaitAnswers(run, -1, drainTimeout);
        return result(run, start, System.nanoTime());
    }

    private SimulatedUser newUser(int lastStep) {
        long id = nextId.getAndIncrement();
        var user = new SimulatedUser(telegram.user(id, "Anna", "en"), lastStep);
        users.put(id, user);
        return user;
    }

    private void send(Phase run, SimulatedUser user, long offeredAt) {
        run.sent.incrementAndGet();
        user.sendNext(offeredAt);
    }

    private void heard(FakeTelegramMessage message) {
        long now = System.nanoTime();
        Phase run = phase;
        SimulatedUser user = users.get(message.chatId());
        if (run == null || user == null) {
            return;
        }
        long latency = user.heard(message, now);
        if (latency < 0) {
            return;
        }
        run.latency.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(latency)));
        run.lastReplyAt = now;
        run.answered.incrementAndGet();
        if (user.finished()) {
            run.finished.incrementAndGet();
        } else if (run.closed) {
            sending.execute(() -> send(run, user, System.nanoTime()));
        } else {
            run.ready.add(user);
        }
    }

    private void fetched(long waitedNanos) {
        Phase run = phase;
        if (run != null) {
            run.waitedToBeFetched.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(waitedNanos)));
        }
    }

    /** Waits until {@code finishedUsers} users finished (closed loop) or every input sent was answered (-1). */
    private void awaitAnswers(Phase run, long finishedUsers, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (finishedUsers >= 0 ? run.finished.get() < finishedUsers : run.answered.get() < run.sent.get()) {
            if (System.nanoTime() > deadline) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            if (System.nanoTime() > nextReport) {
                nextReport += TimeUnit.SECONDS.toNanos(15);
                System.out.println("[bench]   " + run.answered.get() + " answers so far");
            }
        }
    }

    private Run result(Phase run, long start, long end) {
        List<String> stuck = run.answered.get() == run.sent.get()
                ? List.of()
                : users.values().stream()
                        .map(SimulatedUser::where)
                        .filter(w -> w.endsWith("(waiting)"))
                        .limit(10)
                        .toList();
        phase = null;
        return new Run(
                run.answered.get(),
                run.finished.get(),
                Duration.ofNanos(Math.max(1, end - start)),
                run.latency.copy(),
                run.waitedToBeFetched.copy(),
                stuck);
    }

    /** The chat keys of users created so far from {@code fromId} on, as the service names them. */
    List<String> chatKeysFrom(long fromId) {
        List<String> keys = new ArrayList<>();
        for (long id = fromId; id < nextId.get(); id++) {
            keys.add("telegram:" + id);
        }
        return keys;
    }

    long nextUserId() {
        return nextId.get();
    }

    /** Forgets the users (and the fake's message history), so that they hold no memory. */
    public void forgetUsers() {
        users.clear();
        telegram.forgetMessages();
    }

    @Override
    public void close() {
        sending.shutdownNow();
    }
}
