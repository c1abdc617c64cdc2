package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.bson.Document;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLogTest {

    @TempDir
    Path folder;

    private Path file;

    /** Where each of the entries written by {@link #writeThree} starts, and where the last one ends. */
    private long[] starts;

    @Test
    void replaysTheEntriesAfterTheCommittedOneInOrder() throws IOException {
        Path file = folder.resolve("log");
        try (CommandLog log = CommandLog.open(file)) {
            log.replay(0, command -> {});
            for (int i = 1; i <= 5; i++) {
                assertThat(log.append(command(i))).isEqualTo(i);
            }
        }

        List<Object> replayed = new ArrayList<>();
        try (CommandLog reopened = CommandLog.open(file)) {
            assertThat(reopened.replay(2, command -> replayed.add(command.get("n"))))
                    .isEqualTo(5);
            assertThat(reopened.append(command(6))).as("the numbering goes on").isEqualTo(6);
        }
        assertThat(replayed).containsExactly(3, 4, 5);
    }

    @Test
    void cutsOffAnEntryTheProcessDidNotFinishWriting() throws IOException {
        writeThree();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(raw.length() - 3);
        }

        assertThat(replayAll(0)).containsExactly(1, 2);
        assertThat(Files.size(file)).as("the torn tail is gone").isEqualTo(starts[2]);
    }

    @Test
    void cutsOffALastEntryWhoseChecksumDoesNotMatch() throws IOException {
        writeThree();
        flipByteAt(Files.size(file) - 2);

        assertThat(replayAll(0)).containsExactly(1, 2);
    }

    @Test
    void cutsOffGarbageAfterTheLastEntry() throws IOException {
        writeThree();
        byte[] garbage = new byte[300];
        new Random(11).nextBytes(garbage);
        Files.write(file, garbage, StandardOpenOption.APPEND);

        assertThat(replayAll(0)).containsExactly(1, 2, 3);
        assertThat(Files.size(file)).isEqualTo(starts[3]);
    }

    @Test
    void cutsOffZerosAfterTheLastEntryAsAPowerLossLeavesThem() throws IOException {
        writeThree();
        Files.write(file, new byte[8192], StandardOpenOption.APPEND);

        assertThat(replayAll(0)).containsExactly(1, 2, 3);
    }

    @Test
    void refusesALogWithABadChecksumInTheMiddle() throws IOException {
        writeThree();
        flipByteAt(starts[1] + 20);

        assertThatThrownBy(() -> replayAll(0))
                .isInstanceOfSatisfying(
                        CorruptLogException.class, e -> assertThat(e.offset()).isEqualTo(starts[1]))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("at byte " + starts[1])
                .hasMessageContaining("checksum does not match")
                .hasMessageContaining("1 readable writes follow from byte " + starts[2] + " (write 3 on)");
        assertThat(Files.size(file)).as("nothing cut").isEqualTo(starts[3]);
    }

    @Test
    void refusesALogWithAnImpossibleLengthInTheMiddle() throws IOException {
        writeThree();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(starts[1]);
            raw.writeInt(Integer.MAX_VALUE);
        }

        assertThatThrownBy(() -> replayAll(0))
                .isInstanceOfSatisfying(
                        CorruptLogException.class, e -> assertThat(e.offset()).isEqualTo(starts[1]))
                .hasMessageContaining("an entry length of " + Integer.MAX_VALUE + " bytes, which no entry can have");
    }

    @Test
    void refusesALogWhoseFirstEntryHasALengthPastTheEndButEntriesFollow() throws IOException {
        writeThree();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.writeInt(1 << 20);
        }

        assertThatThrownBy(() -> replayAll(0))
                .isInstanceOfSatisfying(
                        CorruptLogException.class, e -> assertThat(e.offset()).isZero())
                .hasMessageContaining("past the end of the file");
    }

    @Test
    void refusesALogWhereAWriteIsMissingBetweenTwoEntries() throws IOException {
        writeThree();
        byte[] first = Files.readAllBytes(file);
        Path other = folder.resolve("other");
        try (CommandLog log = CommandLog.open(other)) {
            log.replay(4, command -> {});
            log.append(command(5));
        }
        Files.write(file, Files.readAllBytes(other), StandardOpenOption.APPEND);

        assertThatThrownBy(() -> replayAll(0))
                .isInstanceOfSatisfying(
                        CorruptLogException.class, e -> assertThat(e.offset()).isEqualTo(first.length))
                .hasMessageContaining("write 5 follows write 3");
    }

    @Test
    void refusesALogThatStartsAfterAGapBehindTheStoreFile() throws IOException {
        file = folder.resolve("log");
        try (CommandLog log = CommandLog.open(file)) {
            log.replay(4, command -> {});
            log.append(command(5));
        }

        assertThatThrownBy(() -> replayAll(2))
                .isInstanceOfSatisfying(
                        CorruptLogException.class, e -> assertThat(e.offset()).isZero())
                .hasMessageContaining("the store file holds the writes up to 2 only, so writes 3 to 4 are missing");
    }

    @Test
    void cutsADamagedLogWhereTheOperatorSaidAndKeepsTheRest() throws IOException {
        writeThree();
        flipByteAt(starts[1] + 20);
        byte[] rest = Arrays.copyOfRange(Files.readAllBytes(file), (int) starts[1], (int) starts[3]);

        List<Object> replayed = new ArrayList<>();
        try (CommandLog log = CommandLog.open(file)) {
            assertThat(log.replay(0, OptionalLong.of(starts[1]), command -> replayed.add(command.get("n"))))
                    .isEqualTo(1);
            assertThat(log.append(command(2))).isEqualTo(2);
        }

        assertThat(replayed).containsExactly(1);
        assertThat(Files.readAllBytes(folder.resolve("log.cut-at-" + starts[1])))
                .isEqualTo(rest);
        assertThat(replayAll(0)).as("the log goes on after the cut").containsExactly(1, 2);
    }

    @Test
    void cutsNothingWhenTheOperatorNamesAnotherByte() throws IOException {
        writeThree();
        flipByteAt(starts[1] + 20);

        try (CommandLog log = CommandLog.open(file)) {
            assertThatThrownBy(() -> log.replay(0, OptionalLong.of(starts[2]), command -> {}))
                    .isInstanceOf(CorruptLogException.class)
                    .hasMessageContaining("TOGETHER_EMBEDDED_LOG_TRUNCATE_AT is " + starts[2] + ", not here");
        }
        assertThat(Files.size(file)).isEqualTo(starts[3]);
    }

    @Test
    void anEmptiedLogKeepsNumberingAfterItsLastEntry() throws IOException {
        Path file = folder.resolve("log");
        try (CommandLog log = CommandLog.open(file)) {
            log.replay(0, command -> {});
            log.append(command(1));
            log.append(command(2));
            log.truncate();
            assertThat(log.isEmpty()).isTrue();
            assertThat(log.append(command(3))).isEqualTo(3);
            log.forceUpTo(3);
        }

        this.file = file;
        assertThat(replayAll(2)).containsExactly(3);
    }

    private void writeThree() throws IOException {
        file = folder.resolve("log");
        starts = new long[4];
        try (CommandLog log = CommandLog.open(file)) {
            log.replay(0, command -> {});
            for (int i = 1; i <= 3; i++) {
                starts[i - 1] = log.bytes();
                log.append(command(i));
            }
            starts[3] = log.bytes();
        }
    }

    private void flipByteAt(long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) offset] ^= 0x5a;
        Files.write(file, bytes);
    }

    private List<Object> replayAll(long committed) throws IOException {
        List<Object> replayed = new ArrayList<>();
        try (CommandLog log = CommandLog.open(file)) {
            log.replay(committed, command -> replayed.add(command.get("n")));
        }
        return replayed;
    }

    private static Document command(int n) {
        return new Document("update", "chats")
                .append("n", n)
                .append("updates", List.of(new Document("q", new Document("_id", n))))
                .append("$db", "together");
    }
}
