package org.wearetogether.telegram.internal;

import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Which updates are in work and which offset may be confirmed to Telegram. The offset passes an update only once it
 * is finished (handed to the front desk, which stored its effects, and its replies sent or given up), so a crash
 * loses nothing: Telegram delivers every unfinished update again. Updates that Telegram re-delivers while they are
 * still in work, or finished but not yet confirmed, are recognised here and not dispatched twice.
 */
final class UpdateLedger {

    private final TreeSet<Long> inWork = new TreeSet<>();
    private final TreeSet<Long> finishedAbove = new TreeSet<>();
    private long highestSeen = -1;
    private long offset;
    private long finishedCount;

    /** Takes an update into work; false when it is already in work or finished (a re-delivery). */
    synchronized boolean accept(long updateId) {
        if (taken(updateId)) {
            return false;
        }
        inWork.add(updateId);
        highestSeen = Math.max(highestSeen, updateId);
        return true;
    }

    /** Whether the update was accepted before (in work, finished, or confirmed). */
    synchronized boolean taken(long updateId) {
        return updateId < offset || inWork.contains(updateId) || finishedAbove.contains(updateId);
    }

    /** The update is finished: its effects are stored and its replies sent or given up. */
    synchronized void finish(long updateId) {
        if (!inWork.remove(updateId)) {
            return;
        }
        finishedAbove.add(updateId);
        offset = inWork.isEmpty() ? highestSeen + 1 : inWork.first();
        finishedAbove.headSet(offset).clear();
        finishedCount++;
        notifyAll();
    }

    /** The offset for the next {@code getUpdates}: confirms exactly the updates below it (0 = none known yet). */
    synchronized long offset() {
        return offset;
    }

    /** Updates taken into work and not yet confirmed (in work, or finished above an unfinished one). */
    synchronized int pending() {
        return inWork.size() + finishedAbove.size();
    }

    /** Updates taken into work and not finished yet. */
    synchronized int inWork() {
        return inWork.size();
    }

    /** How many updates finished so far; pass it to {@link #awaitProgressSince}. */
    synchronized long progress() {
        return finishedCount;
    }

    /**
     * Waits until {@code count} updates finished after {@code progress} was read, or the time is up: the poll loop's
     * pause when asking again at once would bring back little but updates already in work.
     */
    synchronized void awaitProgressSince(long progress, int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (finishedCount - progress < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
