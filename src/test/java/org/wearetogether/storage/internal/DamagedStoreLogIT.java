package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.wearetogether.WeAreTogetherApplication;

/**
 * The service does not start on a write-ahead log damaged in the middle: it says which file, which byte and what to
 * do, in one message. Started with the operator's cut at that byte, it comes up with the writes before it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DamagedStoreLogIT {

    private static final int WRITES = 10;

    @TempDir
    Path dataDir;

    @Test
    void refusesToStartAndNamesTheFileAndTheByteThenStartsWithTheOperatorsCut(CapturedOutput output) throws Exception {
        long damagedAt = logTenWritesAndDamageTheFifth();
        Path log = dataDir.resolve(EmbeddedMongo.LOG_FILE_NAME).toAbsolutePath().normalize();

        assertThatThrownBy(() -> startService()).hasRootCauseInstanceOf(CorruptLogException.class);
        assertThat(output.toString())
                .contains("APPLICATION FAILED TO START")
                .contains("The embedded store's write-ahead log " + log + " is corrupt at byte " + damagedAt)
                .contains("restore the data folder")
                .contains("TOGETHER_EMBEDDED_LOG_TRUNCATE_AT=" + damagedAt);

        new ApplicationContextRunner()
                .withUserConfiguration(StorageConfiguration.class)
                .withPropertyValues(
                        "together.storage.data-dir=" + dataDir,
                        "together.storage.embedded-log-truncate-at=" + damagedAt)
                .run(context -> assertThat(values(context.getBean(MongoDatabase.class)))
                        .as("the four writes before the damaged one")
                        .containsExactly(1, 2, 3, 4));
        assertThat(output.toString()).contains("as TOGETHER_EMBEDDED_LOG_TRUNCATE_AT asked, it was cut there");
        assertThat(dataDir.resolve(EmbeddedMongo.LOG_FILE_NAME + ".cut-at-" + damagedAt))
                .isNotEmptyFile();
    }

    /** Ten logged inserts, the process killed (no checkpoint), the fifth entry's checksum broken; returns its byte. */
    private long logTenWritesAndDamageTheFifth() throws Exception {
        long fifthAt = 0;
        Path logFile = dataDir.resolve(EmbeddedMongo.LOG_FILE_NAME);
        EmbeddedMongo store = EmbeddedMongo.start(dataDir, false, Duration.ofHours(1));
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("together").getCollection("things");
            things.insertOne(new Document("_id", 0).append("n", 0));
            for (int n = 1; n <= WRITES; n++) {
                if (n == 5) {
                    fifthAt = Files.size(logFile);
                }
                things.insertOne(new Document("_id", n).append("n", n));
            }
            // what a killed process leaves: the log as it is, and the store file as of the last checkpoint
            Files.copy(logFile, dataDir.resolve("kept.wal"));
            Files.copy(dataDir.resolve(EmbeddedMongo.FILE_NAME), dataDir.resolve("kept.mv.db"));
        }
        store.close();
        Files.move(dataDir.resolve("kept.wal"), logFile, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
                dataDir.resolve("kept.mv.db"),
                dataDir.resolve(EmbeddedMongo.FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING);
        byte[] bytes = Files.readAllBytes(logFile);
        bytes[(int) fifthAt + 20] ^= 0x5a;
        Files.write(logFile, bytes);
        return fifthAt;
    }

    private void startService() {
        new SpringApplicationBuilder(WeAreTogetherApplication.class)
                .run("--server.port=0", "--together.storage.data-dir=" + dataDir, "--together.dialogs.folder=dialogs");
    }

    private static List<Object> values(MongoDatabase database) {
        List<Object> values = new ArrayList<>();
        database.getCollection("things")
                .find(new Document("n", new Document("$gt", 0)))
                .forEach(d -> values.add(d.get("n")));
        return values;
    }
}
