package org.wearetogether.storage.internal;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * What a write-ahead log file holds: its readable entries, in order, and how it ends. Tells the unfinished last
 * write of a crash (a torn tail, normal) from damage in the middle of the log (which stops the store).
 *
 * <p>The log is only ever appended to, one {@code write} per entry, and emptied at a checkpoint. So a crash can leave
 * only this behind the last complete entry: a short or partly written last entry, or, after a power loss with writes
 * not forced to the device, a stretch the disk did not write (zeros, or the old bytes of a log emptied just before).
 * None of that contains a readable entry that continues the numbering. Hence the rule:
 *
 * <ul>
 *   <li>an entry that cannot be read (a length no entry can have, a length past the end of the file, a checksum that
 *       does not match, a command that does not decode) with no readable entry after it, and fewer unreadable bytes
 *       than one maximal entry, is a <b>torn tail</b>: it is cut off and the store starts;
 *   <li>an unreadable entry with a readable entry after it (one with a plausible length, a later sequence number, a
 *       matching checksum and a command that decodes) is <b>damage</b>: the writes after it cannot be applied without
 *       the one lost before them, so the store does not start;
 *   <li>so is more unreadable bytes at the end than one entry can take, and an entry whose sequence number does not
 *       follow the one before it, or a first entry that leaves a gap after the last write the store file holds.
 * </ul>
 *
 * <p>A power loss can, rarely, produce the second case too: the disk may write a later page of the unforced tail and
 * not an earlier one. The store cannot tell that from a damaged disk, so it stops and lets the operator decide.
 *
 * @param entries the readable entries before the first unreadable byte
 * @param ending how the log ends
 */
record LogContents(List<LogContents.Entry> entries, LogContents.Ending ending) {

    /** Bytes of the length and the checksum in front of every entry. */
    static final int HEADER_BYTES = 4 + 4;

    static final int SEQUENCE_BYTES = 8;

    /** The smallest BSON document: its length and its terminating zero. */
    private static final int MIN_DOCUMENT_BYTES = 5;

    private static final int MIN_PAYLOAD_BYTES = SEQUENCE_BYTES + MIN_DOCUMENT_BYTES;
    private static final int MIN_ENTRY_BYTES = HEADER_BYTES + MIN_PAYLOAD_BYTES;

    /** Far above any command the driver sends (16 MiB documents, batches of them are split); a corrupt length. */
    static final int MAX_ENTRY_BYTES = 64 << 20;

    /** One logged command, and where its entry starts in the file. */
    record Entry(long sequence, Document command, long offset) {}

    /** How the log ends: cleanly, with a torn tail, or with damage. */
    sealed interface Ending {}

    /** The last entry ends the file. */
    record Clean() implements Ending {}

    /** From {@code offset} on, {@code bytes} bytes that hold no readable entry: an unfinished write. */
    record TornTail(long offset, long bytes, String why) implements Ending {}

    /** The log is damaged from {@code offset} on, for the reason {@code why}. */
    record Damaged(long offset, String why) implements Ending {}

    /**
     * Reads a log's bytes.
     *
     * @param committed the sequence number of the last logged write the store file holds; the log's entries after it
     *     must continue from it
     */
    static LogContents read(byte[] bytes, long committed) {
        ByteBuffer all = ByteBuffer.wrap(bytes);
        List<Entry> entries = new ArrayList<>();
        int offset = 0;
        while (offset < bytes.length) {
            Parsed parsed = parse(all, offset);
            if (parsed.problem != null) {
                return new LogContents(entries, unreadableFrom(all, offset, parsed.problem, entries, committed));
            }
            Entry entry = new Entry(parsed.sequence, parsed.command, offset);
            String gap = gap(entries, entry, committed);
            if (gap != null) {
                return new LogContents(entries, new Damaged(offset, gap));
            }
            entries.add(entry);
            offset += parsed.bytes;
        }
        return new LogContents(entries, new Clean());
    }

    /** Why this entry does not continue the numbering, or null when it does. */
    private static String gap(List<Entry> entries, Entry entry, long committed) {
        if (!entries.isEmpty()) {
            long previous = entries.get(entries.size() - 1).sequence;
            return entry.sequence == previous + 1
                    ? null
                    : "write " + entry.sequence + " follows write " + previous + " (writes are numbered one by one)";
        }
        if (entry.sequence > committed + 1) {
            return "the log starts at write " + entry.sequence + " but the store file holds the writes up to "
                    + committed + " only, so writes " + (committed + 1) + " to " + (entry.sequence - 1)
                    + " are missing (were the store file and its log restored from different copies?)";
        }
        return null;
    }

    private static Ending unreadableFrom(
            ByteBuffer all, int offset, String problem, List<Entry> entries, long committed) {
        int remaining = all.capacity() - offset;
        // the numbers a later entry could carry: the log holds at most one per MIN_ENTRY_BYTES
        long span = all.capacity() / MIN_ENTRY_BYTES + 1L;
        long above = entries.isEmpty() ? committed - span : entries.get(entries.size() - 1).sequence;
        long atMost = entries.isEmpty() ? committed + span : above + span;
        for (int later = offset + 1; later <= all.capacity() - MIN_ENTRY_BYTES; later++) {
            Parsed parsed = parseIfNumbered(all, later, above, atMost);
            if (parsed != null && parsed.problem == null) {
                return new Damaged(
                        offset,
                        problem + "; " + readableFrom(all, later, parsed) + " readable writes follow from byte " + later
                                + " (write " + parsed.sequence + " on), " + remaining + " bytes to the end of the log");
            }
        }
        if (remaining > MAX_ENTRY_BYTES + HEADER_BYTES) {
            return new Damaged(
                    offset, problem + ", and " + remaining + " unreadable bytes follow, more than one entry can hold");
        }
        return new TornTail(offset, remaining, problem);
    }

    /** How many readable entries follow one another from {@code first}, which starts at {@code offset}. */
    private static int readableFrom(ByteBuffer all, int offset, Parsed first) {
        int count = 0;
        for (Parsed parsed = first; parsed.problem == null; parsed = parse(all, offset)) {
            count++;
            offset += parsed.bytes;
            if (offset >= all.capacity()) {
                break;
            }
        }
        return count;
    }

    /** An entry at {@code offset} whose sequence number lies in ({@code above}, {@code atMost}], or null. */
    private static Parsed parseIfNumbered(ByteBuffer all, int offset, long above, long atMost) {
        int length = all.getInt(offset);
        if (length < MIN_PAYLOAD_BYTES || length > all.capacity() - offset - HEADER_BYTES) {
            return null;
        }
        long sequence = all.getLong(offset + HEADER_BYTES);
        if (sequence <= above || sequence > atMost) {
            return null;
        }
        return parse(all, offset);
    }

    private static Parsed parse(ByteBuffer all, int offset) {
        int remaining = all.capacity() - offset;
        if (remaining < HEADER_BYTES) {
            return Parsed.problem("only " + remaining + " bytes, less than an entry's header");
        }
        int length = all.getInt(offset);
        int crc = all.getInt(offset + 4);
        if (length < MIN_PAYLOAD_BYTES || length > MAX_ENTRY_BYTES) {
            return Parsed.problem("an entry length of " + length + " bytes, which no entry can have");
        }
        if (length > remaining - HEADER_BYTES) {
            return Parsed.problem("an entry length of " + length + " bytes, past the end of the file ("
                    + (remaining - HEADER_BYTES) + " bytes left)");
        }
        ByteBuffer body = all.slice(offset + HEADER_BYTES, length);
        if (checksum(body.duplicate()) != crc) {
            return Parsed.problem("an entry whose checksum does not match its " + length + " bytes");
        }
        long sequence = body.getLong();
        try {
            Document command = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(body));
            return new Parsed(sequence, command, HEADER_BYTES + length, null);
        } catch (RuntimeException e) {
            return Parsed.problem("an entry whose command cannot be decoded (" + e.getMessage() + ")");
        }
    }

    static int checksum(ByteBuffer bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private record Parsed(long sequence, Document command, int bytes, String problem) {
        static Parsed problem(String problem) {
            return new Parsed(0, null, 0, problem);
        }
    }
}
