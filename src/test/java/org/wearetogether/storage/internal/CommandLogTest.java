package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLogTest {

    @TempDir
    Path folder;

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
    void stopsAtAnEntryTheProcessDidNotFinishWriting() throws IOException {
        Path file = folder.resolve("log");
        writeThree(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(raw.length() - 3);
        }

        assertThat(replayAll(file)).containsExactly(1, 2);
    }

    @Test
    void stopsAtAnEntryWhoseChecksumDoesNotMatch() throws IOException {
        Path file = folder.resolve("log");
        writeThree(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] ^= 0x5a;
        Files.write(file, bytes);

        assertThat(replayAll(file)).containsExactly(1, 2);
    }

    @Test
    void aCorruptLengthEndsTheLogInsteadOfReadingPastIt() throws IOException {
        Path file = folder.resolve("log");
        writeThree(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.writeInt(Integer.MAX_VALUE);
        }

        assertThat(replayAll(file)).isEmpty();
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

        assertThat(replayAll(file)).containsExactly(3);
    }

    private static void writeThree(Path file) throws IOException {
        try (CommandLog log = CommandLog.open(file)) {
            log.replay(0, command -> {});
            for (int i = 1; i <= 3; i++) {
                log.append(command(i));
            }
        }
    }

    private static List<Object> replayAll(Path file) throws IOException {
        List<Object> replayed = new ArrayList<>();
        try (CommandLog log = CommandLog.open(file)) {
            log.replay(0, command -> replayed.add(command.get("n")));
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
