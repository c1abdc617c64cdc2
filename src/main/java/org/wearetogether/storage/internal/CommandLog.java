package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's write-ahead log: every write command the store applied since its last commit, in order, as
 * BSON, so that a killed process loses none of them although the H2 file is committed only now and then.
 *
 * <p>An entry is {@code length, crc, sequence number, command}: the length and CRC-32C cover the sequence number and
 * the command. An append is one {@code write} to the file, which the operating system keeps when the process dies.
 * A process killed in the middle of an append leaves a short or corrupt last entry: a torn tail, cut off at the next
 * start (that command was never acknowledged). Damage anywhere else stops the start ({@link LogContents} says how the
 * two are told apart), unless the operator asked to cut the log at exactly that point.
 *
 * <p>Not thread-safe except {@link #forceUpTo}: the store appends and truncates under its write lock.
 */
final class CommandLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLog.class);

    /** The setting that names where a damaged log may be cut. */
    static final String TRUNCATE_SETTING = "TOGETHER_EMBEDDED_LOG_TRUNCATE_AT";

    private final Path file;
    private final FileChannel channel;
    private final ForcedWrites forcedWrites;
    /** Written under the store's write lock; read by {@link #forceUpTo} outside it. */
    private volatile long bytes;
    /** Written under the store's write lock; read by {@link #forceUpTo} outside it. */
    private volatile long lastSequence;

    private final Object forcing = new Object();
    private long forcedSequence;

    private CommandLog(Path file, FileChannel channel, long bytes, ForcedWrites forcedWrites) {
        this.file = file;
        this.channel = channel;
        this.bytes = bytes;
        this.forcedWrites = forcedWrites;
    }

    /** Opens (or creates) the log for appending; entries already in it stay until {@link #truncate()}. */
    static CommandLog open(Path file) {
        return open(file, ForcedWrites.NONE);
    }

    /** As {@link #open(Path)}, telling {@code forcedWrites} whenever the log is forced to the device. */
    static CommandLog open(Path file, ForcedWrites forcedWrites) {
        try {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new CommandLog(file, channel, channel.size(), forcedWrites);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the store's log " + file, e);
        }
    }

    /** As {@link #replay(long, OptionalLong, Consumer)} without a cut. */
    long replay(long after, Consumer<Document> command) {
        return replay(after, OptionalLong.empty(), command);
    }

    /**
     * Hands every complete entry with a sequence number above {@code after} to {@code command}, in order, and
     * returns the highest sequence number in the log (or {@code after} if none is higher). Later appends continue
     * from there. A torn tail is cut off first.
     *
     * @param after the sequence number of the last logged write the store file holds
     * @param cutAt where the operator accepts losing the log's damaged rest: if the log is damaged at exactly this
     *     byte, it is cut there (the rest kept in a file beside it) and replayed up to there
     * @throws CorruptLogException when the log is damaged and {@code cutAt} does not name where
     */
    long replay(long after, OptionalLong cutAt, Consumer<Document> command) {
        LogContents contents = LogContents.read(readAll(), after);
        LogContents.Ending ending = contents.ending();
        if (ending instanceof LogContents.Damaged damaged) {
            acceptDamage(damaged, cutAt);
        } else if (ending instanceof LogContents.TornTail torn) {
            warnIfCutAsked(cutAt, "the log has no damage, only an unfinished last write");
            LOG.warn(
                    "The store's log {} ended with an unfinished write at byte {} ({} bytes: {}), as a crash leaves"
                            + " it; cut off",
                    file,
                    torn.offset(),
                    torn.bytes(),
                    torn.why());
            cut(torn.offset(), false);
        } else {
            warnIfCutAsked(cutAt, "the log is intact");
        }
        long highest = after;
        for (LogContents.Entry entry : contents.entries()) {
            if (entry.sequence() > after) {
                command.accept(entry.command());
            }
            highest = Math.max(highest, entry.sequence());
        }
        lastSequence = highest;
        forcedSequence = highest;
        return highest;
    }

    /** Cuts the log where it is damaged if the operator named that very byte; otherwise refuses to go on. */
    private void acceptDamage(LogContents.Damaged damaged, OptionalLong cutAt) {
        if (cutAt.isEmpty() || cutAt.getAsLong() != damaged.offset()) {
            throw new CorruptLogException(file, damaged.offset(), damaged.why() + cutMismatch(cutAt));
        }
        Path kept = cut(damaged.offset(), true);
        LOG.warn(
                "The store's log {} was damaged at byte {} ({}); as {} asked, it was cut there: the writes logged after"
                        + " that point are lost, their bytes are kept in {}. Remove the setting now.",
                file,
                damaged.offset(),
                damaged.why(),
                TRUNCATE_SETTING,
                kept);
    }

    private static String cutMismatch(OptionalLong cutAt) {
        return cutAt.isPresent() ? " (" + TRUNCATE_SETTING + " is " + cutAt.getAsLong() + ", not here)" : "";
    }

    private void warnIfCutAsked(OptionalLong cutAt, String why) {
        if (cutAt.isPresent()) {
            LOG.warn(
                    "{} is set ({}) but {}: nothing was cut. Remove the setting.",
                    TRUNCATE_SETTING,
                    cutAt.getAsLong(),
                    why);
        }
    }

    /**
     * Cuts the log at {@code offset}; with {@code keep}, first copies what is cut off to a file beside the log (forced
     * to the device) and returns it.
     */
    private Path cut(long offset, boolean keep) {
        Path kept = file.resolveSibling(file.getFileName() + ".cut-at-" + offset);
        try {
            if (keep) {
                try (FileChannel source = FileChannel.open(file, StandardOpenOption.READ);
                        FileChannel copy = FileChannel.open(
                                kept,
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE,
                                StandardOpenOption.TRUNCATE_EXISTING)) {
                    long size = source.size();
                    for (long at = offset; at < size; ) {
                        at += source.transferTo(at, size - at, copy);
                    }
                    copy.force(true);
                }
            }
            channel.truncate(offset);
            channel.force(true);
            bytes = offset;
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cut the store's log " + file + " at byte " + offset, e);
        }
    }

    /** Appends a command and returns its sequence number; on disk once this returns (unless the machine fails). */
    long append(Document command) throws IOException {
        ByteBuf entry = ByteBufAllocator.DEFAULT.directBuffer(1024);
        try {
            long sequence = lastSequence + 1;
            entry.writerIndex(LogContents.HEADER_BYTES);
            entry.writeLong(sequence);
            BsonEncoder.encodeDocument(command, entry);
            int payload = entry.readableBytes() - LogContents.HEADER_BYTES;
            entry.setInt(0, payload);
            entry.setInt(4, LogContents.checksum(entry.nioBuffer(LogContents.HEADER_BYTES, payload)));
            ByteBuffer buffer = entry.nioBuffer();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            bytes += entry.readableBytes();
            lastSequence = sequence;
            return sequence;
        } finally {
            entry.release();
        }
    }

    /**
     * Forces the log to the device up to entry {@code sequence}. Callers that wait here together share one
     * {@code force}: whoever enters first forces everything appended by then.
     */
    void forceUpTo(long sequence) throws IOException {
        synchronized (forcing) {
            if (forcedSequence >= sequence) {
                return;
            }
            long upTo = lastSequence;
            long length = bytes;
            channel.force(false);
            forcedSequence = upTo;
            forcedWrites.forced(file, length);
        }
    }

    /** Empties the log once the store's file holds everything in it. */
    void truncate() throws IOException {
        channel.truncate(0);
        bytes = 0;
    }

    /** The sequence number of the last entry appended (or replayed). */
    long lastSequence() {
        return lastSequence;
    }

    boolean isEmpty() {
        return bytes == 0;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private byte[] readAll() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the store's log " + file, e);
        }
    }
}
