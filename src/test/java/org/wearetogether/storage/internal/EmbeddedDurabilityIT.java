package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An acknowledged write to the embedded store survives the process being killed right after it, and the state
 * after the restart is exactly the one the killed process served.
 */
class EmbeddedDurabilityIT {

    private static final int WRITES = 50;

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"durable", "fsync"})
    void keepsEveryAcknowledgedWriteWhenTheProcessIsKilledRightAfterIt(String mode) throws Exception {
        List<String> output = runProbeAndKillIt(mode);
        assertThat(output).contains("ACKED " + WRITES);

        try (EmbeddedMongo reopened = EmbeddedMongo.start(dataDir, false);
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> probe = client.getDatabase("together").getCollection(DurabilityProbe.COLLECTION);
            assertThat(probe.find(new Document("_id", "counter")).first())
                    .as("the counter as last acknowledged")
                    .containsEntry("value", WRITES);
            assertThat(probe.countDocuments()).isEqualTo(WRITES + 1L);
        }
    }

    @Test
    void appliesTheLoggedWritesAgainToTheLastCommittedStateAfterAKill() throws Exception {
        List<String> output = runProbeAndKillIt("mixed");
        String seenBeforeTheKill = output.stream()
                .filter(line -> line.startsWith(DurabilityProbe.STATE))
                .findFirst()
                .orElseThrow()
                .substring(DurabilityProbe.STATE.length());
        assertThat(Files.size(dataDir.resolve(EmbeddedMongo.LOG_FILE_NAME)))
                .as("writes after the last commit are in the log")
                .isPositive();

        try (EmbeddedMongo reopened = EmbeddedMongo.start(dataDir, false);
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> probe = client.getDatabase("together").getCollection(DurabilityProbe.COLLECTION);
            assertThat(DurabilityProbe.stateOf(probe)).isEqualTo(seenBeforeTheKill);
            MongoCollection<Document> bulk =
                    client.getDatabase("together").getCollection(DurabilityProbe.BULK_COLLECTION);
            assertThat(DurabilityProbe.BULK + DurabilityProbe.bulkSum(bulk))
                    .as("megabytes of changes between checkpoints, each applied once")
                    .isEqualTo(DurabilityProbe.BULK + DurabilityProbe.BULK_DOCUMENTS + " "
                            + DurabilityProbe.BULK_DOCUMENTS * DurabilityProbe.BULK_ROUNDS)
                    .isIn(output);
            assertThat(seenBeforeTheKill)
                    .as("the probe did write what it should")
                    .contains("\"replaced\": true", "\"tags\": [\"a\"]", "\"_id\": 103", "\"value\": " + WRITES)
                    .doesNotContain("\"_id\": 102", "\"_id\": 5,");
            assertThatThrownBy(() -> probe.insertOne(new Document("_id", 999).append("email", "p1@x")))
                    .as("the unique index is still enforced after the replay")
                    .isInstanceOfSatisfying(
                            MongoWriteException.class,
                            duplicate -> assertThat(duplicate.getCode()).isEqualTo(11000));
        }
    }

    private List<String> runProbeAndKillIt(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        DurabilityProbe.class.getName(),
                        dataDir.toString(),
                        String.valueOf(WRITES),
                        mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return stdout.lines().toList();
    }
}
