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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend of mongo-java-server, changed so that a write is on disk before it is acknowledged.
 *
 * <p>The stock backend never commits its MVStore itself: MVStore's background thread does, about once a second,
 * so a killed process loses the writes of the last second although the driver saw them succeed. Here every
 * command that may write runs under one lock and is followed by {@link MVStore#commit()}, which hands the new chunk
 * to the operating system before the reply is sent. Writes thus survive a killed process; with {@code fsync} they
 * are also forced to the device and survive a power loss. The lock also keeps each commit from capturing half of
 * another command (a document without its unique index entry).
 *
 * <p>mongo-java-server updates stored documents in place and puts those very objects in its replies, which are
 * encoded after the command returns: a concurrent update could change a reply while it is being sent (measured:
 * 100 concurrent {@code $inc} with ReturnDocument.AFTER returned only 80 distinct values). So replies are copied
 * while the lock is held; read-only commands share a read lock, writes are exclusive.
 *
 * <p>Commits are grouped: a write applies its command under the lock and releases it, then asks for a commit that
 * covers it. Writers that applied while a commit was pending find their write already committed by the first one
 * to take the lock, so concurrent writers share one commit (one file write) instead of one each, and no write is
 * acknowledged before a commit that includes it.
 *
 * <p>The store must be opened with auto-commit disabled (no background commits of half-done commands) and a
 * retention time of 0, so that chunks made obsolete by the previous commit are reused at once: with MVStore's
 * default of 45 s and one commit per write, the file grows by about 15 KiB per write until the retention passes.
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

    private static final int COMPACT_EVERY_COMMITS = 1000;
    private static final int TARGET_FILL_RATE = 50;
    private static final int COMPACT_BYTES = 4 << 20;

    private final MVStore store;
    private final boolean fsync;
    private final ReentrantReadWriteLock locks = new ReentrantReadWriteLock();
    private long commits;
    /** Write commands applied so far; guarded by the write lock. */
    private long applied;
    /** Write commands covered by a commit; guarded by the write lock. */
    private long committed;

    DurableH2Backend(MVStore store, boolean fsync) {
        super(store);
        this.store = store;
        this.fsync = fsync;
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
        String command = message.getDocument().keySet().iterator().next();
        if (READ_ONLY_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            return read(message);
        }
        long mine;
        Document reply;
        locks.writeLock().lock();
        try {
            reply = super.handleMessage(message).cloneDeeply();
        } finally {
            // counted also after an error: a partly applied command (insertMany) reports what it did apply
            mine = ++applied;
            locks.writeLock().unlock();
        }
        commitCovering(mine);
        return reply;
    }

    /** Returns once a commit includes write number {@code write}, committing itself if nobody did yet. */
    private void commitCovering(long write) {
        locks.writeLock().lock();
        try {
            if (committed >= write) {
                return;
            }
            long upTo = applied;
            commitDurably();
            committed = upTo;
        } finally {
            locks.writeLock().unlock();
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

    private void commitDurably() {
        if (!store.hasUnsavedChanges()) {
            return;
        }
        store.commit();
        if (++commits % COMPACT_EVERY_COMMITS == 0 && store.getFillRate() < TARGET_FILL_RATE) {
            // MVStore's own housekeeping thread is off (it would commit half-done commands), so rewrite sparse
            // chunks here, between commands
            store.compact(TARGET_FILL_RATE, COMPACT_BYTES);
            store.commit();
        }
        if (fsync) {
            store.sync();
        }
    }
}
