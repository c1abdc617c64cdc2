package org.wearetogether.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * Broadcast efficiency (issue 5): an admin sends one announcement to N volunteers (default 10,000) through the fake
 * Bot API, which answers 429 above 30 messages a second, with the service's rate at its default 25/s. Reports
 * delivered messages per second ÷ the configured rate, and the share of calls answered 429. Settings as system
 * properties: {@code bench.broadcastRecipients}, {@code bench.broadcastRate}, {@code bench.results}.
 */
class BroadcastBenchmark {

    private static final long ADMIN = 900;
    private static final long FIRST_VOLUNTEER = 20_000_000L;
    private static final String TEXT = "Benchmark announcement: food sorting tomorrow at 10:00";

    @TempDir
    Path data;

    @Test
    void measuresOneBroadcastAgainstTelegramsLimit() throws Exception {
        int recipients = Integer.getInteger("bench.broadcastRecipients", 10_000);
        double rate = Double.parseDouble(System.getProperty("bench.broadcastRate", "25"));
        Path results = Files.createDirectories(Path.of(System.getProperty("bench.results", "bench/results")));
        BenchVolunteers.fill(FIRST_VOLUNTEER, recipients);
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram,
                        data,
                        "together.access.admins=" + ADMIN,
                        "spring.main.sources=" + BenchVolunteers.class.getName(),
                        "together.broadcasts.rate=" + rate,
                        // no quiet hours: the benchmark runs at any time of day
                        "together.broadcasts.quiet-from=00:00",
                        "together.broadcasts.quiet-until=00:00")) {
            telegram.limitSendRate(30, 1);
            FakeTelegramUser admin = telegram.user(ADMIN, "Admin", "en");
            print("broadcast to " + recipients + " volunteers at " + rate + "/s (fake Bot API: 429 above 30/s)");
            long number = confirm(telegram, admin, recipients);
            Duration timeout = Duration.ofSeconds((long) (recipients / rate * 1.5) + 60);
            telegram.awaitMessage(ADMIN, m -> m.text().startsWith("Broadcast #" + number + " is done"), timeout);

            List<FakeTelegramCall> calls = telegram.calls("sendMessage").stream()
                    .filter(c -> TEXT.equals(c.param("text")))
                    .toList();
            List<FakeTelegramCall> delivered =
                    calls.stream().filter(c -> c.status() == 200).toList();
            Set<String> chats = new HashSet<>();
            delivered.forEach(c -> chats.add(c.param("chat_id")));
            assertThat(delivered).as("each volunteer once").hasSize(recipients);
            assertThat(chats).hasSize(recipients);
            long throttled = calls.stream().filter(c -> c.status() == 429).count();
            double seconds = (delivered.get(delivered.size() - 1).answeredAtNanos()
                            - delivered.get(0).answeredAtNanos())
                    / 1e9;
            double perSecond = (delivered.size() - 1) / seconds;
            report.put("date", java.time.Instant.now().toString())
                    .put("command", "mvn -Pbench verify (BroadcastBenchmark)")
                    .put("recipients", recipients)
                    .put("configuredRatePerSecond", rate)
                    .put("fakeApiLimitPerSecond", 30)
                    .put("seconds", round(seconds))
                    .put("deliveredPerSecond", round(perSecond))
                    .put("efficiency", round(perSecond / rate))
                    .put("callsAnswered429", throttled)
                    .put("shareAnswered429", round((double) throttled / calls.size()))
                    .put(
                            "how",
                            "first to last accepted sendMessage of the broadcast, as the fake Bot API answered them");
            ObjectNode targets = report.putObject("targets");
            targets.putObject("efficiency >= 0.97")
                    .put("measured", round(perSecond / rate))
                    .put("met", perSecond / rate >= 0.97);
            targets.putObject("shareAnswered429 < 0.001")
                    .put("measured", (double) throttled / calls.size())
                    .put("met", (double) throttled / calls.size() < 0.001);
        }
        Path file = results.resolve(BenchReport.fileName("broadcast.json"));
        BenchReport.write(report, file);
        print(report.toPrettyString());
        print("written to " + file.toAbsolutePath());
    }

    /** /broadcast, the text, Send: returns the broadcast's number. */
    private static long confirm(FakeTelegram telegram, FakeTelegramUser admin, int recipients) {
        admin.sendCommand("broadcast");
        admin.awaitReplyContaining("Please send the text");
        admin.sendText(TEXT);
        FakeTelegramMessage audience = admin.awaitReply(m -> m.text().contains(recipients + " will receive it"));
        long number = Long.parseLong(audience.text()
                .substring("Broadcast #".length(), audience.text().indexOf('.')));
        admin.pressData(audience, "b:ok:" + number);
        telegram.awaitMessage(
                ADMIN, m -> m.text().startsWith("Broadcast #" + number + " confirmed"), Duration.ofMinutes(1));
        return number;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void print(String line) {
        System.out.println("[bench] " + line);
    }
}
