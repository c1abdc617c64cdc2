package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.wearetogether.storage.MongoCommandCounter;

/** The storage beans in a Spring context, on the embedded store. */
@ExtendWith(OutputCaptureExtension.class)
class StorageConfigurationIT {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(StorageConfiguration.class)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("together.storage.data-dir=" + dataDir);
    }

    @Test
    void keepsDataAcrossRestartsOfTheContext() {
        runner().run(context ->
                context.getBean(MongoDatabase.class).getCollection("things").insertOne(new Document("_id", "kept")));

        runner().run(context -> assertThat(context.getBean(MongoDatabase.class)
                        .getCollection("things")
                        .find(new Document("_id", "kept"))
                        .first())
                .isNotNull());
        assertThat(dataDir.resolve(EmbeddedMongo.FILE_NAME)).exists();
    }

    @Test
    void logsOneLineNamingTheEmbeddedStoreFileAndPort(CapturedOutput output) {
        runner().run(context -> assertThat(context).hasNotFailed());

        assertThat(output.getOut().lines().filter(line -> line.contains("Store: ")))
                .singleElement()
                .asString()
                .contains(
                        "embedded store",
                        dataDir.resolve(EmbeddedMongo.FILE_NAME).toString(),
                        "127.0.0.1:");
    }

    @Test
    void reportsTheStoreUpAndCountsCommands() {
        runner().run(context -> {
            MongoCommandCounter counter = context.getBean(MongoCommandCounter.class);
            long before = counter.succeeded();
            context.getBean(MongoDatabase.class).getCollection("things").insertOne(new Document("n", 1));

            assertThat(counter.succeeded()).isEqualTo(before + 1);
            assertThat(context.getBean(MeterRegistry.class)
                            .get("together.storage.commands")
                            .tag("outcome", "succeeded")
                            .functionCounter()
                            .count())
                    .isEqualTo(before + 1.0);
            assertThat(context.getBean(MongoHealthIndicator.class).health(true).getStatus())
                    .isEqualTo(Status.UP);
        });
    }
}
