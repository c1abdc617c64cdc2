package org.wearetogether.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * Issue 11's flood benchmark: 200 people complete the help-request dialog as fast as the bot answers, once alone and
 * once while one more chat sends 5,000 updates (at 1,000 a second); the others' p99 latency with the flood must stay
 * within twice their p99 without it. Runs only in the bench profile:
 * {@code mvn -Pbench verify -Dbench.include='**}{@code /FloodBenchmark.java'}; writes {@code bench/results/*.flood.json}.
 * Settings as system properties: {@code bench.floodUsers} (200), {@code bench.floodUpdates} (5000).
 */
class FloodBenchmark {

    private static final long FLOODER = 1;

    @TempDir
    Path data;

    @Test
    void aFloodingChatDoesNotSlowTheOthers() throws Exception {
        int users = Integer.getInteger("bench.floodUsers", 200);
        int floodUpdates = Integer.getInteger("bench.floodUpdates", 5_000);
        Path results = Files.createDirectories(Path.of(System.getProperty("bench.results", "bench/results")));
        Duration timeout = Duration.ofMinutes(5);
        ObjectNode report = JsonNodeFactory.instance
                .objectNode()
                .put("date", Instant.now().toString())
                .put("command", "mvn -Pbench verify -Dbench.include='**/FloodBenchmark.java'")
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("users", users)
                .put("floodUpdates", floodUpdates);
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, RunningService.FLOOD_LIMIT + "=20");
                Crowd crowd = new Crowd(telegram, 10_000_000L)) {
            for (int round = 1; round <= 3; round++) {
                print("warm-up round " + round);
                crowd.closedLoop(users, DialogBenchmark.STEPS, timeout);
                crowd.forgetUsers();
            }

            print("without the flood: " + users + " users");
            Crowd.Run alone = crowd.closedLoop(users, DialogBenchmark.STEPS, timeout);
            crowd.forgetUsers();
            assertThat(alone.stuck()).isEmpty();

            print("with one chat sending " + floodUpdates + " updates");
            FakeTelegramUser flooder = telegram.user(FLOODER, "Flood", "en");
            var flood = CompletableFuture.runAsync(() -> flood(flooder, floodUpdates));
            Crowd.Run flooded = crowd.closedLoop(users, DialogBenchmark.STEPS, timeout);
            flood.get(1, TimeUnit.MINUTES);
            assertThat(flooded.stuck()).isEmpty();
            long repliesToFlooder = telegram.messagesTo(FLOODER).size();
            crowd.forgetUsers();

            double p99Alone = alone.latency().getValueAtPercentile(99) / 1000.0;
            double p99Flooded = flooded.latency().getValueAtPercentile(99) / 1000.0;
            report.set("withoutFlood", BenchReport.run(alone));
            report.set("withFlood", BenchReport.run(flooded));
            report.put("repliesToTheFloodingChat", repliesToFlooder);
            report.put("p99Ratio", Math.round(100 * p99Flooded / p99Alone) / 100.0);
            report.put("target", "p99 with the flood <= 2 x p99 without");
            print(report.toPrettyString());
            Path file = results.resolve(BenchReport.fileName("flood.json"));
            BenchReport.write(report, file);
            print("written to " + file.toAbsolutePath());
            assertThat(p99Flooded).as("others' p99 with the flood, ms").isLessThanOrEqualTo(2 * p99Alone);
        }
    }

    /** Sends the flood at 1,000 updates a second. */
    private static void flood(FakeTelegramUser flooder, int updates) {
        long start = System.nanoTime();
        for (int i = 0; i < updates; i++) {
            long wait = start + i * 1_000_000L - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            flooder.sendText("flood " + i);
        }
    }

    private static void print(String line) {
        System.out.println("[bench] " + line);
    }
}
