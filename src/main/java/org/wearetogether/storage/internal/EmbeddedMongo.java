package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.h2.mvstore.MVStore;

/**
 * The embedded store: mongo-java-server with a durable H2 file backend, listening on an ephemeral loopback port,
 * so that the service reaches it with the same driver code as a real MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** The store file inside the data folder. */
    public static final String FILE_NAME = "mongo.mv.db";

    /** The write-ahead log beside it: writes since the file's last commit (see {@link DurableH2Backend}). */
    public static final String LOG_FILE_NAME = "mongo.wal";

    /**
     * A commit rewrites every page a write touched, with all the documents on it: with MVStore's default of 16 KiB
     * (about ten chat records a page) one changed record cost the encoding of ten. Measured with the dialog
     * benchmark (1,000 users): the store's CPU per update fell from 1.44 ms at 16 KiB to 1.28 ms at 4 KiB and
     * 1.22 ms at 2 KiB.
     */
    private static final int PAGE_SPLIT_BYTES = 2 * 1024;

    private final Path file;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final DurableH2Backend backend;

    private EmbeddedMongo(Path file, MongoServer server, InetSocketAddress address, DurableH2Backend backend) {
        this.file = file;
        this.server = server;
        this.address = address;
        this.backend = backend;
    }

    /**
     * Opens (or creates) the store file under {@code dataDir} and starts the server.
     *
     * @param fsync whether every write is also forced to the device (see {@link DurableH2Backend})
     */
    public static EmbeddedMongo start(Path dataDir, boolean fsync) {
        return start(dataDir, fsync, DurableH2Backend.CHECKPOINT_EVERY);
    }

    /**
     * As {@link #start(Path, boolean)}, committing the file every {@code checkpointEvery} (writes in between are in
     * the write-ahead log).
     */
    public static EmbeddedMongo start(Path dataDir, boolean fsync, Duration checkpointEvery) {
        return start(dataDir, fsync, checkpointEvery, OptionalLong.empty());
    }

    /**
     * As {@link #start(Path, boolean, Duration)}.
     *
     * @param truncateLogAt the byte at which the operator accepts cutting a damaged write-ahead log (the setting
     *     {@code TOGETHER_EMBEDDED_LOG_TRUNCATE_AT}); it must name exactly where the log is damaged
     * @throws CorruptLogException when the write-ahead log is damaged anywhere else
     */
    public static EmbeddedMongo start(
            Path dataDir, boolean fsync, Duration checkpointEvery, OptionalLong truncateLogAt) {
        return start(dataDir, fsync, checkpointEvery, truncateLogAt, ForcedWrites.NONE);
    }

    static EmbeddedMongo start(
            Path dataDir,
            boolean fsync,
            Duration checkpointEvery,
            OptionalLong truncateLogAt,
            ForcedWrites forcedWrites) {
        Path folder = createFolder(dataDir);
        Path file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
        ScrubbableFileStore fileStore = new ScrubbableFileStore();
        fileStore.open(file.toString(), false, null);
        MVStore store;
        try {
            store = new MVStore.Builder()
                    .adoptFileStore(fileStore)
                    .autoCommitDisabled()
                    .autoCommitBufferSize(0)
                    .pageSplitSize(PAGE_SPLIT_BYTES)
                    .open();
        } catch (RuntimeException e) {
            fileStore.close();
            throw e;
        }
        store.setRetentionTime(0);
        DurableH2Backend backend;
        try {
            backend = DurableH2Backend.open(
                    store, folder.resolve(LOG_FILE_NAME), fsync, checkpointEvery, truncateLogAt, forcedWrites);
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            return new EmbeddedMongo(file, server, server.getLocalAddress(), backend);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
    }

    private static Path createFolder(Path dataDir) {
        try {
            return Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
    }

    /** The connection string of the running server. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** The absolute path of the store file. */
    public Path file() {
        return file;
    }

    /** The write-ahead log beside the store file. */
    public Path logFile() {
        return file.resolveSibling(LOG_FILE_NAME);
    }

    /** Asks for a scrub (see {@link org.wearetogether.storage.StoreScrub}) at a checkpoint by {@code dueAt}. */
    public void scrubBy(java.time.Instant dueAt) {
        backend.scrubBy(dueAt);
    }

    /** Scrubs both files now (see {@link org.wearetogether.storage.StoreScrub}). */
    public org.wearetogether.storage.StoreScrub.Scrubbed scrub() {
        return backend.scrub();
    }

    /** The port the server listens on (loopback only). */
    public int port() {
        return address.getPort();
    }

    /** Closes client connections and the store file; everything acknowledged is already on disk. */
    @Override
    public void close() {
        server.shutdown();
    }
}
