package org.wearetogether.broadcasts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wearetogether.chat.QuietHours;

/** A broadcast being sent, with its whole ledger in memory (about 100 bytes a recipient); sender thread only. */
final class ActiveBroadcast {

    Broadcast broadcast;
    final List<Chunk> chunks = new ArrayList<>();
    /** Chunks before this one have nobody left to send to. */
    private int firstOpen;

    Instant lastProgress = Instant.MIN;
    String lastProgressText;

    ActiveBroadcast(Broadcast broadcast) {
        this.broadcast = broadcast;
    }

    long id() {
        return broadcast.id();
    }

    /** A batch of recipients of one chunk who may be sent to now. */
    record Batch(Chunk chunk, List<Recipient> recipients) {}

    /**
     * Up to {@code limit} recipients of one chunk due now: pending, past their retry time, not in their quiet hours
     * (unless urgent), and whose chat had no message in the last {@code perChat}. Recipients in quiet hours get the
     * end of them as their time. An in-flight mark older than {@code inFlightTimeout} (a crashed sender's) is pending
     * again.
     */
    Batch next(Instant now, int limit, Pacing pacing, QuietHours quiet, Duration inFlightTimeout) {
        for (int i = firstOpen; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            List<Recipient> picked = new ArrayList<>();
            boolean open = false;
            for (Recipient r : chunk.recipients) {
                if (r.mark == Recipient.Mark.IN_FLIGHT
                        && r.at != null
                        && !r.at.plus(inFlightTimeout).isAfter(now)) {
                    r.mark = Recipient.Mark.PENDING;
                    r.at = null;
                }
                open |= r.mark.open();
                if (picked.size() >= limit || r.mark != Recipient.Mark.PENDING || r.at != null && r.at.isAfter(now)) {
                    continue;
                }
                if (!broadcast.urgent() && quiet.quiet(r.zone, now)) {
                    r.at = quiet.end(r.zone, now);
                } else if (pacing.chatFree(r.chatKey, now)) {
                    picked.add(r);
                }
            }
            if (!open && i == firstOpen) {
                firstOpen++;
            }
            if (!picked.isEmpty()) {
                return new Batch(chunk, picked);
            }
        }
        return null;
    }

    /** Whether the ledger is complete and nobody is left to send to. */
    boolean finished() {
        if (!broadcast.complete()) {
            return false;
        }
        for (int i = firstOpen; i < chunks.size(); i++) {
            if (chunks.get(i).open()) {
                return false;
            }
        }
        return true;
    }

    /** Recipients not yet finished, in memory. */
    int open() {
        int open = 0;
        for (int i = firstOpen; i < chunks.size(); i++) {
            for (Recipient r : chunks.get(i).recipients) {
                open += r.mark.open() ? 1 : 0;
            }
        }
        return open;
    }

    Broadcast.Report report(Instant now, QuietHours quiet) {
        int total = 0, sent = 0, failed = 0, unreachable = 0, optedOut = 0, held = 0, remaining = 0;
        for (Chunk chunk : chunks) {
            for (Recipient r : chunk.recipients) {
                total++;
                switch (r.mark) {
                    case SENT -> sent++;
                    case FAILED -> failed++;
                    case UNREACHABLE, BLOCKED -> unreachable++;
                    case OPTED_OUT -> optedOut++;
                    default -> {
                        remaining++;
                        if (!broadcast.urgent()
                                && r.mark == Recipient.Mark.PENDING
                                && r.at != null
                                && r.at.isAfter(now)
                                && quiet.quiet(r.zone, now)) {
                            held++;
                        }
                    }
                }
            }
        }
        if (!broadcast.complete() && broadcast.expected() > total) {
            remaining += (int) (broadcast.expected() - total);
            total = (int) broadcast.expected();
        }
        return new Broadcast.Report(total, sent, failed, unreachable, optedOut, held, remaining);
    }
}
