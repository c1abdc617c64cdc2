package org.wearetogether.broadcasts.internal;

import java.time.Instant;

/** One recipient's line in the ledger; changed in memory by the one sender thread, then stored with its chunk. */
final class Recipient {

    /** What became of a recipient; the code is what the ledger stores. */
    enum Mark {
        PENDING("P"),
        IN_FLIGHT("F"),
        SENT("S"),
        UNREACHABLE("U"),
        BLOCKED("K"),
        OPTED_OUT("O"),
        FAILED("X");

        final String code;

        Mark(String code) {
            this.code = code;
        }

        static Mark of(String code) {
            for (Mark mark : values()) {
                if (mark.code.equals(code)) {
                    return mark;
                }
            }
            throw new IllegalArgumentException("unknown ledger mark " + code);
        }

        boolean open() {
            return this == PENDING || this == IN_FLIGHT;
        }
    }

    final String chatKey;
    /** The recipient's region time zone id, for quiet hours. */
    final String zone;

    Mark mark;
    int attempts;
    /** PENDING: not before this (null: now); IN_FLIGHT: when it was claimed. */
    Instant at;
    /** The last failure, for the report. */
    String reason;
    /** Not stored: waiting for the end of quiet hours. */
    boolean held;

    Recipient(String chatKey, String zone, Mark mark, int attempts, Instant at, String reason) {
        this.chatKey = chatKey;
        this.zone = zone;
        this.mark = mark;
        this.attempts = attempts;
        this.at = at;
        this.reason = reason;
    }

    static Recipient pending(String chatKey, String zone) {
        return new Recipient(chatKey, zone, Mark.PENDING, 0, null, null);
    }
}
