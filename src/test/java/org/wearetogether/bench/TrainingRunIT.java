package org.wearetogether.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.bench.PackagedService.Layout;
import org.wearetogether.testing.FakeTelegram;

/**
 * Issue 11, point 9: the training run that makes the start-up cache ({@code together.telegram.training=true}, as the
 * Dockerfile and {@code bin/fast-start.sh} run it) answers the {@code /start} of its own stand-in Bot API and exits
 * 0, and the cache it leaves holds the classes of the way to the first reply: a start with it answers a real
 * {@code /start} with the reply path's classes (reading the update, sending the message) loaded from the cache, not
 * from the jars. How much faster that is, {@link StartupBenchmark} measures.
 */
class TrainingRunIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    /**
     * Classes of the way to the first reply that the former training run (exit once the context was refreshed, no
     * token) did not load (compared with {@code -Xlog:class+load}): the update's processing, its parsing, the reply.
     */
    private static final List<String> REPLY_PATH = List.of(
            "org.wearetogether.telegram.internal.UpdateProcessing",
            "org.telegram.telegrambots.meta.api.objects.MessageEntity",
            "org.telegram.telegrambots.meta.api.methods.send.SendMessage$SendMessageBuilderImpl");

    @TempDir
    Path work;

    @Test
    void answersItsOwnStandInExitsAndLeavesTheReplyPathInTheCache() throws Exception {
        PackagedService service = PackagedService.of(work);
        assertThat(service.javaFeature()).as("the AOT cache needs Java 25").isGreaterThanOrEqualTo(25);

        Path cache = service.train(); // throws unless the training run exits 0
        String training = Files.readString(work.resolve("training.log"));
        assertThat(training).contains("the /start was answered; exiting").doesNotContain(" ERROR ");
        assertThat(cache).isNotEmptyFile();

        Path log = work.resolve("service.log");
        try (FakeTelegram telegram = FakeTelegram.start()) {
            var anna = telegram.user(9_200_000, "Anna", "en");
            anna.sendCommand("start");
            Process process =
                    service.start(Layout.CACHED, telegram, work.resolve("data"), log, List.of("-Xlog:class+load=info"));
            try {
                telegram.awaitMessage(anna.id(), m -> m.text().contains("What would you like to do?"), START_TIMEOUT);
            } finally {
                PackagedService.stop(process);
            }
        }
        List<String> loaded = Files.readAllLines(log);
        for (String name : REPLY_PATH) {
            assertThat(loaded)
                    .as(name + " loaded from the cache; see " + log)
                    .anyMatch(line -> line.contains(" " + name + " source: shared objects file"));
        }
    }
}
