package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acknowledged write to the embedded store survives the process being killed right after it. */
class EmbeddedDurabilityIT {

    private static final int WRITES = 50;

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryAcknowledgedWriteWhenTheProcessIsKilledRightAfterIt() throws Exception {
        List<String> output = runProbeAndKillIt();
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

    private List<String> runProbeAndKillIt() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        DurabilityProbe.class.getName(),
                        dataDir.toString(),
                        String.valueOf(WRITES),
                        "durable")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return stdout.lines().toList();
    }
}
