package org.wearetogether.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The Bot API's sendMessage answers 500 for a whole minute while many people keep writing. Their updates are
 * confirmed all the same (the replies are stored), and once Telegram is back every owed reply arrives exactly once,
 * in order per chat, and none is left in the store.
 */
class BotApiOutageIT {

    private static final int PEOPLE = 60;
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final String HELP = "Я помогаю оставить заявку";
    private static final String GREETING = "Здравствуйте!";

    @TempDir
    Path data;

    @Test
    void everyReplyOwedDuringAMinuteOfOutageArrivesOnceAndInOrderAfterwards() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, "together.telegram.retry.max-delay=5s")) {
            List<FakeTelegramUser> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                var person = telegram.user(7_000 + i, "Person " + i, "ru");
                person.sendCommand("start");
                people.add(person);
            }
            for (FakeTelegramUser person : people) {
                person.awaitReplyContaining(GREETING);
            }

            telegram.breakDown("sendMessage");
            long downAt = System.nanoTime();
            // three rounds of inputs spread over the outage: help, start, help from everyone
            String[] commands = {"help", "start", "help"};
            long lastUpdate = 0;
            for (int round = 0; round < commands.length; round++) {
                for (FakeTelegramUser person : people) {
                    lastUpdate = person.sendCommand(commands[round]);
                }
                Thread.sleep(OUTAGE.dividedBy(4).toMillis());
            }
            long confirmedUpTo = lastUpdate;
            await().atMost(OUTAGE).until(() -> telegram.confirmedOffset() > confirmedUpTo);
            MeterRegistry meters = service.bean(MeterRegistry.class);
            assertThat(owedGauge(meters)).as("replies kept during the outage").isEqualTo(PEOPLE * 3.0);
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - downAt) / 1_000_000));
            telegram.restore("sendMessage");

            for (FakeTelegramUser person : people) {
                person.awaitReply(m -> m.text().startsWith(HELP), Duration.ofSeconds(40));
                person.awaitReply(m -> m.text().startsWith(GREETING), Duration.ofSeconds(10));
                person.awaitReply(m -> m.text().startsWith(HELP), Duration.ofSeconds(10));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> owedGauge(meters) == 0);
            for (FakeTelegramUser person : people) {
                assertThat(person.messages())
                        .as("messages to %s", person.firstName())
                        .extracting(FakeTelegramMessage::text)
                        .map(text -> text.startsWith(HELP) ? "help" : text.startsWith(GREETING) ? "start" : text)
                        .containsExactly("start", "help", "start", "help");
            }
            assertThat(telegram.calls("sendMessage").stream().filter(c -> c.status() == 200))
                    .as("each reply sent once")
                    .hasSize(PEOPLE * 4);
            assertThat(telegram.calls("sendMessage").stream().map(FakeTelegramCall::status))
                    .containsOnly(200, 500);
            assertThat(service.database()
                            .getCollection("chats")
                            .countDocuments(new Document("owed.0", new Document("$exists", true))))
                    .as("no delivered reply left in the store")
                    .isZero();
        }
    }

    private static double owedGauge(MeterRegistry meters) {
        return meters.get("together.replies.owed").gauge().value();
    }
}
