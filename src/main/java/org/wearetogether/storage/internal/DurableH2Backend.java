package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.storage.StoreScrub;

/**
 * The H2 file backend of mongo-java-server, changed so that a write survives a killed process once it is
 * acknowledged.
 *
 * <p>The stock backend never commits its MVStore itself: MVStore's background thread does, about once a second,
 * so a killed process loses the writes of the last second although the driver saw them succeed. Here every
 * command that may write runs under one lock and, before its reply is sent, is appended to a {@link CommandLog}:
 * one small {@code write} to a file, which the operating system keeps when the process dies. The H2 file itself
 * is committed at a checkpoint, about once a second: one commit writes each changed page once, however many
 * commands changed it in between. (Committing after every command, as this backend did before, rewrote every
 * changed page and the documents on it each time: 59% of the store's CPU in the benchmark.) At start, the commands
 * logged after the last checkpoint are applied again, in order, to the state that checkpoint committed.
 *
 * <p>Replaying a command must give what applying it gave ({@link ReplayableCommands}). Commands whose outcome
 * depends on more than the stored state and the command are not logged but followed by a checkpoint at once, under
 * the same lock: an upsert that inserted a document whose {@code _id} the server chose, an insert of a document
 * without {@code _id}, a command that failed half way, and every command that is not an insert, update, delete or
 * findAndModify (creating indexes, dropping collections; rare).
 *
 * <p>Each checkpoint forces the H2 file to the device before the log is emptied, so that what the log held is on the
 * device in the file when the log forgets it, and so that the next commits, which reuse the space of chunks the
 * forced state no longer needs, never overwrite a state that is not on the device yet. A command is forced to the
 * device before its reply (writers waiting together share one force) with {@code fsync}, and, without it, when it asks
 * for a journaled write concern ({@link DurableWriteConcern}): that is how a request number, once told, survives a
 * power loss. Without either, a power loss loses the commands logged since the last checkpoint that the operating
 * system had not yet written.
 *
 * <p>The lock keeps each checkpoint from capturing half of a command (a document without its unique index entry):
 * the committed state is exactly the commands up to the log position stored with it.
 *
 * <p>mongo-java-server updates stored documents in place and puts those very objects in its replies, which are
 * encoded after the command returns: a concurrent update could change a reply while it is being sent (measured:
 * 100 concurrent {@code $inc} with ReturnDocument.AFTER returned only 80 distinct values). So replies are copied
 * while the lock is held; read-only commands share a read lock, writes are exclusive.
 *
 * <p>The store must be opened with auto-commit disabled and no auto-commit buffer: MVStore otherwise commits by
 * itself, in the background or, once its unsaved pages pass 19 MiB, inside whichever write is running, capturing
 * half of a command that the replay would then apply a second time ({@code EmbeddedDurabilityIT} shows it). Here a
 * checkpoint comes early instead, between commands, when the unsaved pages or the log grow large. A retention time
 * of 0 lets chunks made obsolete by the previous commit be reused at once.
 *
 * <p>Old versions of documents stay in the file (in chunks no longer used, until their space is reused) and, for about
 * a second, in the log. After personal data is erased a {@link #scrub()} is asked for ({@link StoreScrub}); a checkpoint
 * runs it once due, and the due time is kept in the file so that a restart does not forget it.
 *
 * <p>Documents are written to the file as BSON ({@link BsonDocumentType}) and index keys are ordered by value
 * ({@link IndexKeyType}), instead of the stock Java serialization for both.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
            "find",
            "getmore",
            "count",
            "distinct",
            "listcollections",
            "listindexes",
            "listdatabases",
            "dbstats",
            "collstats",
            "ping",
            "hello",
            "ismaster",
            "buildinfo",
            "killcursors",
            "endsessions",
            "serverstatus",
            "connectionstatus",
            "getparameter",
            "hostinfo",
            "whatsmyuri",
            "getlog",
            "getcmdlineopts",
            "getfreemonitoringstatus",
            "currentop",
            "getlasterror");

    /**
     * How often the H2 file is committed, unless configured. Longer: fewer page writes and more commands to replay
     * after a kill (about a thousand a second at the benchmark's saturation).
     */
    static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);

    /** A log this long is checkpointed at once, so that a burst of large writes cannot make a start slow. */
    private static final long MAX_LOG_BYTES = 32L << 20;

    /** Unsaved pages beyond this are committed at once (between commands), bounding the memory they hold. */
    private static final long MAX_UNSAVED_BYTES = 16L << 20;

    /** Which log entry the committed state ends with; kept in the same file, so it commits with that state. */
    private static final String LOG_MAP = "together.log";

    private static final String COMMITTED_ENTRY = "committed";
    /** When a scrub was asked for (epoch millis), kept with the store so that a restart does not forget it. */
    private static final String SCRUB_DUE_ENTRY = "scrub-due";

    private static final long NO_SCRUB = Long.MAX_VALUE;
    private static final int COMPACT_EVERY_CHECKPOINTS = 60;
    private static final int TARGET_FILL_RATE = 50;
    private static final int COMPACT_BYTES = 4 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(DurableH2Backend.class);

    private final MVStore store;
    private final CommandLog log;
    private final MVMap<String, Long> logProgress;
    private final boolean fsync;
    private final ForcedWrites forcedWrites;
    private final ReentrantReadWriteLock locks = new ReentrantReadWriteLock();
    private final ScheduledExecutorService checkpoints = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "store-checkpoints");
        thread.setDaemon(true);
        return thread;
    });
    /** Guarded by the write lock. */
    private long checkpointCount;
    /**
     * Whether the log could not be emptied after a commit (guarded by the write lock). An entry after what is left
     * there might not be read back, so until it is emptied every write is committed instead of logged.
     */
    private boolean logStuck;
    /** When the next scrub is due (epoch millis), {@link #NO_SCRUB} when none is asked for. */
    private final AtomicLong scrubDue = new AtomicLong(NO_SCRUB);
    /** The due time of the latest ask, and how many asks came: an ask during a scrub is not cleared by it. */
    private final AtomicLong latestAsk = new AtomicLong(NO_SCRUB);

    private final AtomicLong asks = new AtomicLong();

    private DurableH2Backend(MVStore store, CommandLog log, boolean fsync, ForcedWrites forcedWrites) {
        super(store);
        this.store = store;
        this.log = log;
        this.logProgress = store.openMap(LOG_MAP);
        this.fsync = fsync;
        this.forcedWrites = forcedWrites;
    }

    /**
     * Opens the backend on an MVStore opened as the class comment says, applies again what the log holds beyond
     * the store's last checkpoint, and starts the checkpoints.
     */
    static DurableH2Backend open(MVStore store, Path logFile, boolean fsync, Duration checkpointEvery) {
        return open(store, logFile, fsync, checkpointEvery, OptionalLong.empty(), ForcedWrites.NONE);
    }

    /**
     * As {@link #open(MVStore, Path, boolean, Duration)}.
     *
     * @param truncateLogAt where the operator accepts cutting a damaged log ({@link CommandLog#replay})
     * @param forcedWrites told whenever a file reaches the device (a power-loss test listens)
     * @throws CorruptLogException when the log is damaged elsewhere than {@code truncateLogAt}
     */
    static DurableH2Backend open(
            MVStore store,
            Path logFile,
            boolean fsync,
            Duration checkpointEvery,
            OptionalLong truncateLogAt,
            ForcedWrites forcedWrites) {
        if (store.getAutoCommitDelay() != 0 || store.getAutoCommitMemory() != 0) {
            throw new IllegalArgumentException("The embedded store's MVStore must be opened with auto-commit disabled"
                    + " and an auto-commit buffer of 0: it would otherwise commit half-applied commands");
        }
        DurableH2Backend backend =
                new DurableH2Backend(store, CommandLog.open(logFile, forcedWrites), fsync, forcedWrites);
        try {
            backend.recover(truncateLogAt);
        } catch (RuntimeException e) {
            backend.closeLog();
            throw e;
        }
        long period = Math.max(1, checkpointEvery.toMillis());
        backend.checkpoints.scheduleWithFixedDelay(
                backend::checkpointInBackground, period, period, TimeUnit.MILLISECONDS);
        return backend;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonH2Database(databaseName);
    }

    /**
     * The stock H2 database with the store's own data types: documents as BSON and index keys ordered by value
     * ({@link StoredMaps}). Its methods are called from the superclass constructors too (the backend's opens the
     * databases already in the file), so they read only what H2Backend has set by then.
     */
    private final class BsonH2Database extends H2Database {

        BsonH2Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /** As the stock database opens a collection (the same maps), but as an {@link UnsizedCollection}. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = StoredMaps.openDocuments(getMvStore(), namespace);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new UnsizedCollection(this, collectionName, options, documents, meta, getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            StoredMaps.openIndex(getMvStore(), getFullCollectionNamespace(collectionName), indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }

    /**
     * A collection that keeps no running total of its documents' size. The stock one encodes every inserted, updated
     * and removed document to BSON only for that total, which only {@code collStats} reports and the service never
     * asks for: a sixth of the store's time in the benchmark, on top of the BSON encoding that writes the document.
     * {@code collStats} now reports the size as it was when the store stopped tracking it.
     */
    private static final class UnsizedCollection extends H2Collection {

        UnsizedCollection(
                MongoDatabase database,
                String collectionName,
                CollectionOptions options,
                MVMap<Object, Document> documents,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, collectionName, options, documents, meta, cursors);
        }

        @Override
        protected boolean tracksDataSize() {
            return false;
        }
    }

    /** Every command of the current driver arrives as an OP_MSG message; its first key names the command. */
    @Override
    public Document handleMessage(MongoMessage message) {
        String command = message.getDocument().keySet().iterator().next().toLowerCase(Locale.ROOT);
        if (READ_ONLY_COMMANDS.contains(command)) {
            return read(message);
        }
        boolean durable = fsync || DurableWriteConcern.asked(message.getDocument());
        Document reply;
        long logged;
        locks.writeLock().lock();
        try {
            reply = apply(message);
            logged = !logStuck && ReplayableCommands.replayable(command, message.getDocument(), reply)
                    ? logOrCheckpoint(message.getDocument())
                    : 0;
            if (logged == 0) {
                checkpoint();
            }
        } finally {
            locks.writeLock().unlock();
        }
        if (durable && logged > 0) {
            forceLog(logged);
        }
        return reply;
    }

    /** Applies a write command; one that fails half way leaves what it did apply, which is committed at once. */
    private Document apply(MongoMessage message) {
        try {
            return super.handleMessage(message).cloneDeeply();
        } catch (RuntimeException e) {
            try {
                checkpoint();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    /**
     * Logs an applied command and returns its sequence number, or 0 when the log failed: the caller commits
     * instead, which also empties the log of whatever part of the entry was written.
     */
    private long logOrCheckpoint(Document command) {
        long sequence;
        try {
            sequence = log.append(command);
        } catch (IOException e) {
            LOG.warn("The store's log could not be written; committing the store file instead", e);
            return 0;
        }
        if (log.bytes() > MAX_LOG_BYTES || store.getUnsavedMemory() > MAX_UNSAVED_BYTES) {
            checkpoint();
        }
        return sequence;
    }

    private void forceLog(long sequence) {
        try {
            log.forceUpTo(sequence);
        } catch (IOException e) {
            // the command is applied and in the operating system's hands; commit it so that fsync's promise holds
            checkpointLocked();
        }
    }

    private Document read(MongoMessage message) {
        locks.readLock().lock();
        try {
            return super.handleMessage(message).cloneDeeply();
        } finally {
            locks.readLock().unlock();
        }
    }

    /**
     * Commits the store with the log position it ends at, then empties the log. A kill between the two leaves
     * entries the committed state already holds; their sequence numbers say so, and {@link #recover} skips them.
     * Called under the write lock.
     */
    private void checkpoint() {
        long due = scrubDue.get();
        if (due != NO_SCRUB && !Long.valueOf(due).equals(logProgress.get(SCRUB_DUE_ENTRY))) {
            logProgress.put(SCRUB_DUE_ENTRY, due);
        }
        if (log.isEmpty() && !store.hasUnsavedChanges()) {
            return;
        }
        logProgress.put(COMMITTED_ENTRY, log.lastSequence());
        store.commit();
        if (++checkpointCount % COMPACT_EVERY_CHECKPOINTS == 0 && store.getFillRate() < TARGET_FILL_RATE) {
            // MVStore's own housekeeping thread is off (it would commit half-done commands), so rewrite sparse
            // chunks here, between commands
            store.compact(TARGET_FILL_RATE, COMPACT_BYTES);
            store.commit();
        }
        store.sync();
        forcedWrites.forced(storeFile(), -1);
        try {
            log.truncate();
            logStuck = false;
        } catch (IOException e) {
            logStuck = true;
            LOG.warn("The store's log could not be emptied; every write is committed until it can be", e);
        }
    }

    private void checkpointLocked() {
        locks.writeLock().lock();
        try {
            checkpoint();
        } finally {
            locks.writeLock().unlock();
        }
    }

    private void checkpointInBackground() {
        try {
            checkpointLocked();
        } catch (RuntimeException e) {
            LOG.error("The store could not commit its file; writes stay in its log", e);
            return;
        }
        if (System.currentTimeMillis() >= scrubDue.get()) {
            try {
                scrub();
            } catch (RuntimeException e) {
                LOG.error("The store could not scrub its files; it tries again at the next checkpoint", e);
            }
        }
    }

    /** Asks for a {@link #scrub()} by {@code dueAt} at the latest; an earlier one already asked for stands. */
    void scrubBy(java.time.Instant dueAt) {
        latestAsk.set(dueAt.toEpochMilli());
        scrubDue.accumulateAndGet(dueAt.toEpochMilli(), Math::min);
        asks.incrementAndGet();
    }

    /**
     * Makes what was deleted or overwritten leave both files: commits (which empties the write-ahead log), rewrites
     * every live page into new chunks so that no chunk holding an old version is still in use, lets the old chunks go,
     * and writes zeros over the free space. Writes and reads wait meanwhile (1.2-2.5 s for 150,000 request-sized
     * documents, a 170-400 MB file, on two shared cores: {@code EmbeddedScrubProbe}). Each step leaves a committed,
     * complete state, so a kill at any point loses nothing acknowledged.
     */
    StoreScrub.Scrubbed scrub() {
        long started = System.nanoTime();
        locks.writeLock().lock();
        try {
            long asksBefore = asks.get();
            checkpoint();
            int versionsToKeep = store.getVersionsToKeep();
            store.setVersionsToKeep(0);
            try {
                rewriteEveryChunk();
            } finally {
                store.setVersionsToKeep(versionsToKeep);
            }
            store.sync();
            long zeroed = zeroFreeSpace();
            // an ask that came meanwhile may be for data erased after the scrub began (in the next write): keep it
            scrubDue.set(asks.get() == asksBefore ? NO_SCRUB : latestAsk.get());
            if (scrubDue.get() == NO_SCRUB) {
                logProgress.remove(SCRUB_DUE_ENTRY);
            }
            store.commit();
            store.sync();
            forcedWrites.forced(storeFile(), -1);
            log.truncate();
            StoreScrub.Scrubbed scrubbed = new StoreScrub.Scrubbed(
                    Duration.ofNanos(System.nanoTime() - started),
                    store.getFileStore().size(),
                    zeroed);
            LOG.info(
                    "Scrubbed the store: {} bytes of free space zeroed in a {}-byte file, in {} ms",
                    scrubbed.zeroedBytes(),
                    scrubbed.fileBytes(),
                    scrubbed.took().toMillis());
            return scrubbed;
        } catch (IOException e) {
            logStuck = true;
            throw new java.io.UncheckedIOException("The store's log could not be emptied after a scrub", e);
        } finally {
            locks.writeLock().unlock();
        }
    }

    /**
     * Rewrites the live pages of every chunk into new ones and commits until the chunks written before are unused and
     * freed. Two rounds: the first round's commit leaves its own metadata pages behind in the chunk it wrote.
     */
    private void rewriteEveryChunk() {
        for (int round = 0; round < 2; round++) {
            store.compact(100, Integer.MAX_VALUE);
            logProgress.put(SCRUB_DUE_ENTRY + ".round", (long) round);
            store.commit();
        }
        for (int round = 0; round < 3; round++) {
            logProgress.put(SCRUB_DUE_ENTRY + ".round", (long) round);
            store.commit();
            store.getFileStore().dropUnusedChunks();
        }
        logProgress.remove(SCRUB_DUE_ENTRY + ".round");
        store.commit();
    }

    private long zeroFreeSpace() {
        if (!(store.getFileStore() instanceof ScrubbableFileStore scrubbable)) {
            LOG.warn("The store file was not opened to be scrubbed; its free space keeps old bytes");
            return 0;
        }
        long[] zeroed = {0};
        store.executeFilestoreOperation(() -> zeroed[0] = scrubbable.zeroFreeBlocks());
        store.sync();
        return zeroed[0] * 4096;
    }

    /** Applies again, in order, the logged commands the committed state does not hold yet, then commits them. */
    private void recover(OptionalLong truncateLogAt) {
        long committed = logProgress.getOrDefault(COMMITTED_ENTRY, 0L);
        scrubDue.set(logProgress.getOrDefault(SCRUB_DUE_ENTRY, NO_SCRUB));
        EmbeddedChannel replaying = new EmbeddedChannel();
        long[] replayed = {0};
        log.replay(committed, truncateLogAt, command -> {
            replayed[0]++;
            replay(replaying, command);
        });
        handleClose(replaying);
        replaying.close();
        if (replayed[0] > 0) {
            LOG.info("Applied again {} writes the store had logged after its last commit", replayed[0]);
        }
        checkpointLocked();
    }

    private void replay(Channel channel, Document command) {
        String name = command.keySet().iterator().next();
        try {
            handleCommand(channel, (String) command.get("$db"), name, command);
        } catch (RuntimeException e) {
            // Only commands that returned a reply are logged (failures inside it, such as a duplicate key, are part
            // of the reply and come out the same again), so a throw here means the replay went another way.
            // not the message: the store's errors quote the documents and keys involved, personal data included
            LOG.warn(
                    "A replayed {} failed although it did not when first applied: {}",
                    name,
                    e.getClass().getSimpleName());
        }
    }

    private Path storeFile() {
        return Path.of(store.getFileStore().getFileName());
    }

    private void closeLog() {
        checkpoints.shutdownNow();
        try {
            log.close();
        } catch (IOException e) {
            LOG.warn("The store's log could not be closed", e);
        }
    }

    /** Stops the checkpoints and commits what is left, so that the next start has nothing to replay. */
    @Override
    public void close() {
        checkpoints.shutdownNow();
        try {
            checkpointLocked();
            log.close();
        } catch (IOException e) {
            LOG.warn("The store's log could not be closed", e);
        } finally {
            super.close();
        }
    }
}
