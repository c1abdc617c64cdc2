package org.wearetogether.storage.internal;

import java.nio.file.Path;

/**
 * The embedded store's write-ahead log holds an entry that cannot be read with readable entries after it (or more
 * unreadable bytes than one entry can take): not the unfinished last write of a crash, so the store refuses to start
 * rather than silently drop the writes logged after it. {@link StoreLogFailureAnalyzer} tells the operator what to do.
 */
final class CorruptLogException extends RuntimeException {

    private final transient Path file;
    private final long offset;

    CorruptLogException(Path file, long offset, String what) {
        super("The embedded store's write-ahead log " + file + " is corrupt at byte " + offset + ": " + what);
        this.file = file;
        this.offset = offset;
    }

    Path file() {
        return file;
    }

    /** Where the first unreadable entry starts: everything before it is intact. */
    long offset() {
        return offset;
    }
}
