package org.wearetogether.bench;

import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;

/**
 * One person going through {@link HelpRequestScript} up to a given step, one input at a time: the next input is sent
 * only after the bot's reply to the previous one arrived. Driven by the crowd from whatever thread hears the reply.
 */
final class SimulatedUser {

    private final FakeTelegramUser user;
    private final int lastStep;
    private int step;
    private FakeTelegramMessage previous;
    private long offeredAt;
    private boolean waiting;

    SimulatedUser(FakeTelegramUser user, int lastStep) {
        this.user = user;
        this.lastStep = lastStep;
    }

    long id() {
        return user.id();
    }

    /** Sends the next input; {@code offeredAt} is when it was due (for open-loop pacing, maybe a bit earlier). */
    synchronized void sendNext(long offeredAtNanos) {
        offeredAt = offeredAtNanos;
        waiting = true;
        HelpRequestScript.STEPS.get(step).input().send(user, previous);
    }

    /** Latency in nanoseconds when the message is the awaited reply, else -1. */
    synchronized long heard(FakeTelegramMessage message, long nowNanos) {
        if (!waiting || !HelpRequestScript.STEPS.get(step).reply().test(message)) {
            return -1;
        }
        waiting = false;
        previous = message;
        step++;
        return nowNanos - offeredAt;
    }

    synchronized boolean finished() {
        return step >= lastStep;
    }

    synchronized String where() {
        return "user " + user.id() + " at step "
                + HelpRequestScript.STEPS.get(step).name() + (waiting ? " (waiting)" : "");
    }
}
