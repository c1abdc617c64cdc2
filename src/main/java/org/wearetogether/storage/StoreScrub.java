package org.wearetogether.storage;

import java.time.Duration;
import java.util.Optional;

/**
 * Makes erased personal data leave the store's files, not only its collections. The embedded store keeps old versions
 * of documents on disk after they are deleted or overwritten: in its write-ahead log until the next checkpoint (about
 * a second), and in old chunks of its H2 file until they are overwritten. A scrub empties the log, rewrites the file's
 * live data and overwrites its free space with zeros. With MongoDB ({@code MONGODB_URI}) it does nothing: MongoDB's own
 * journal and oplog are its operator's to configure (see the README).
 *
 * <p>Code that erases personal data calls {@link #scrubSoon()} afterwards.
 */
public interface StoreScrub {

    /**
     * Asks for a scrub within {@code together.storage.embedded-scrub-after}; returns at once. Calls within that time
     * share one scrub. A scrub asked for survives a restart (it is kept in the store file).
     */
    void scrubSoon();

    /** Scrubs now and returns what it did; empty when the store has nothing to scrub (MongoDB). Tests and tools. */
    Optional<Scrubbed> scrubNow();

    /**
     * What one scrub did.
     *
     * @param took how long writes (and reads) waited for it
     * @param fileBytes the store file's length after it
     * @param zeroedBytes how much free space it overwrote with zeros
     */
    record Scrubbed(Duration took, long fileBytes, long zeroedBytes) {}

    /** The scrub of a store that keeps nothing to scrub in this process's files (MongoDB). */
    StoreScrub NONE = new StoreScrub() {
        @Override
        public void scrubSoon() {}

        @Override
        public Optional<Scrubbed> scrubNow() {
            return Optional.empty();
        }
    };
}
