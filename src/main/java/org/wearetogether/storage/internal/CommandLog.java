package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The embedded store's write-ahead log: every write command the store applied since its last commit, in order, as
 * BSON, so that a killed process loses none of them although the H2 file is committed only now and then.
 *
 * <p>An entry is {@code length, crc, sequence number, command}: the length and CRC-32C cover the sequence number and
 * the command. An append is one {@code write} to the file, which the operating system keeps when the process dies.
 * A process killed in the middle of an append leaves a short or corrupt last entry; reading stops there, and that
 * command was never acknowledged.
 *
 * <p>Not thread-safe except {@link #forceUpTo}: the store appends and truncates under its write lock.
 */
final class CommandLog implements AutoCloseable {

    private static final int HEADER_BYTES = 4 + 4;
    private static final int SEQUENCE_BYTES = 8;
    /** Far above any command the driver sends (16 MiB documents, batches of them are split); a corrupt length. */
    private static final int MAX_ENTRY_BYTES = 64 << 20;

    private final Path file;
    private final FileChannel channel;
    private long bytes;
    /** Written under the store's write lock; read by {@link #forceUpTo} outside it. */
    private volatile long lastSequence;

    private final Object forcing = new Object();
    private long forcedSequence;

    private CommandLog(Path file, FileChannel channel, long bytes) {
        this.file = file;
        this.channel = channel;
        this.bytes = bytes;
    }

    /** Opens (or creates) the log for appending; entries already in it stay until {@link #truncate()}. */
    static CommandLog open(Path file) {
        try {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new CommandLog(file, channel, channel.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the store's log " + file, e);
        }
    }

    /**
     * Hands every complete entry with a sequence number above {@code after} to {@code command}, in order, and
     * returns the highest sequence number in the log (or {@code after} if none is higher). Later appends continue
     * from there.
     */
    long replay(long after, Consumer<Document> command) {
        long highest = after;
        for (Entry entry : readAll()) {
            if (entry.sequence > after) {
                command.accept(entry.command);
            }
            highest = Math.max(highest, entry.sequence);
        }
        lastSequence = highest;
        forcedSequence = highest;
        return highest;
    }

    /** Appends a command and returns its sequence number; on disk once this returns (unless the machine fails). */
    long append(Document command) throws IOException {
        ByteBuf entry = ByteBufAllocator.DEFAULT.directBuffer(1024);
        try {
            long sequence = lastSequence + 1;
            entry.writerIndex(HEADER_BYTES);
            entry.writeLong(sequence);
            BsonEncoder.encodeDocument(command, entry);
            int payload = entry.readableBytes() - HEADER_BYTES;
            entry.setInt(0, payload);
            entry.setInt(4, crc(entry.nioBuffer(HEADER_BYTES, payload)));
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
            channel.force(false);
            forcedSequence = upTo;
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

    private List<Entry> readAll() {
        List<Entry> entries = new ArrayList<>();
        ByteBuffer all;
        try {
            all = ByteBuffer.wrap(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the store's log " + file, e);
        }
        while (all.remaining() >= HEADER_BYTES) {
            int payload = all.getInt();
            int crc = all.getInt();
            if (payload < SEQUENCE_BYTES || payload > MAX_ENTRY_BYTES || payload > all.remaining()) {
                break; // the tail of an append the process did not finish
            }
            ByteBuffer body = all.slice(all.position(), payload);
            if (crc(body.duplicate()) != crc) {
                break;
            }
            all.position(all.position() + payload);
            long sequence = body.getLong();
            entries.add(new Entry(sequence, BsonDecoder.decodeBson(Unpooled.wrappedBuffer(body))));
        }
        return entries;
    }

    private static int crc(ByteBuffer bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private record Entry(long sequence, Document command) {}
}
