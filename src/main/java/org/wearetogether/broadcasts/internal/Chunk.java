package org.wearetogether.broadcasts.internal;

import java.util.List;

/**
 * About a hundred recipients of one broadcast, stored as one document with {@code _id} {@code <id>:<no>}: found by
 * its id alone (the embedded store scans every other query), written whole with a version guard.
 */
final class Chunk {

    final long broadcast;
    final int no;
    final List<Recipient> recipients;
    /** The last volunteer user id the chunk was built from (null for coordinators): where the next chunk starts. */
    final String cursor;
    /** Whether it is the ledger's last chunk. */
    final boolean last;

    long version;

    Chunk(long broadcast, int no, long version, List<Recipient> recipients, String cursor, boolean last) {
        this.broadcast = broadcast;
        this.no = no;
        this.version = version;
        this.recipients = List.copyOf(recipients);
        this.cursor = cursor;
        this.last = last;
    }

    boolean open() {
        for (Recipient r : recipients) {
            if (r.mark.open()) {
                return true;
            }
        }
        return false;
    }
}
