package org.wearetogether.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.wearetogether.bench.Crowd;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * Random and hostile updates ({@link HostileUpdates}, fixed seed; 3,000 in {@code mvn verify}, 10,000 with
 * {@code bench/faults.sh}) against the running service, from strangers
 * who also press the buttons of people with finished and running requests: no exception escapes (no ERROR line),
 * every update is confirmed and every press answered, the stored requests and the other people's chats are exactly
 * as before, and a person in the middle of the dialog carries on as if nothing happened.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedInputIT {

    private static final int UPDATES = Integer.getInteger("faults.hostileUpdates", 3_000);
    private static final long SEED = Long.getLong("faults.seed", 20261125L);

    @TempDir
    Path data;

    @Test
    void hostileUpdatesAtVolumeChangeNothingTheyShouldNotAndEscapeNoException(CapturedOutput output) {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data);
                Crowd crowd = new Crowd(telegram, 1_000)) {
            assertThat(crowd.completeDialogs(3, Duration.ofMinutes(1)).dialogsFinished())
                    .isEqualTo(3);
            FakeTelegramUser anna = telegram.user(2_000, "Anna", "en");
            anna.sendCommand("start");
            anna.awaitReplyContaining("What would you like to do?");
            anna.press("👵 Help for a relative or neighbour");
            anna.awaitReplyContaining("What is the name");
            anna.sendText("Maria Ivanovna");
            anna.awaitReplyContaining("How old is Maria Ivanovna?");
            List<Long> victims = List.of(1_000L, 1_001L, 1_002L, 2_000L);
            List<Document> requestsBefore = requests(service);
            // once the service removed the replies it delivered (a write of its own after each reply)
            org.awaitility.Awaitility.await()
                    .until(() -> chats(service, victims).stream().noneMatch(d -> d.containsKey("owing")));
            List<Document> chatsBefore = chats(service, victims);

            var hostile = new HostileUpdates(telegram, SEED, strangers(telegram), othersMessages(telegram, victims));
            long last = 0;
            for (int i = 0; i < UPDATES; i++) {
                last = hostile.next();
            }
            awaitConfirmed(telegram, last);

            assertThat(telegram.unconfirmedUpdates()).isZero();
            assertThat(output.getAll()).doesNotContain(" ERROR ");
            assertThat(telegram.unansweredCallbacks()).isEmpty();
            assertThat(requests(service)).isEqualTo(requestsBefore);
            assertThat(chats(service, victims)).isEqualTo(chatsBefore);
            assertThat(service.database().getCollection("chats").countDocuments(Filters.lt("_id", "telegram:0")))
                    .as("no record for groups or channels (negative ids)")
                    .isZero();
            anna.press("65 or older");
            assertThat(anna.awaitReplyContaining("What phone number").text()).contains("Maria Ivanovna");
        }
    }

    /**
     * The library reads a {@code getUpdates} batch as a whole, so one update it cannot read used to fail every poll
     * and stop the bot for everyone; the channel now reads updates one by one and confirms an unreadable one.
     */
    @Test
    void anUpdateWithFieldsOfTheWrongTypeDoesNotStopTheBot(CapturedOutput output) throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data)) {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            long wrong = telegram.enqueue((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                    "{\"message\":{\"message_id\":\"abc\",\"date\":[1],\"text\":{\"a\":1},\"chat\":\"x\"}}"));
            FakeTelegramUser anna = telegram.user(1_001, "Anna", "en");
            anna.sendCommand("start");

            anna.awaitReply(m -> m.text().contains("What would you like to do?"), Duration.ofSeconds(60));
            awaitConfirmed(telegram, wrong);
        }
    }

    private static List<FakeTelegramUser> strangers(FakeTelegram telegram) {
        List<FakeTelegramUser> strangers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            strangers.add(telegram.user(90_000 + i, "Stranger" + i, i % 3 == 0 ? "ru" : i % 3 == 1 ? "en" : "de"));
        }
        return strangers;
    }

    private static List<FakeTelegramMessage> othersMessages(FakeTelegram telegram, List<Long> victims) {
        List<FakeTelegramMessage> messages = new ArrayList<>();
        victims.forEach(id -> messages.addAll(telegram.messagesTo(id)));
        return messages;
    }

    private static List<Document> requests(RunningService service) {
        return service.database()
                .getCollection("requests")
                .find()
                .sort(Sorts.ascending("number"))
                .into(new ArrayList<>());
    }

    private static List<Document> chats(RunningService service, List<Long> ids) {
        return service.database()
                .getCollection("chats")
                .find(Filters.in("_id", ids.stream().map(id -> "telegram:" + id).toList()))
                .sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
    }

    private static void awaitConfirmed(FakeTelegram telegram, long updateId) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (telegram.confirmedOffset() <= updateId) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "update " + updateId + " was never confirmed; confirmed up to " + telegram.confirmedOffset());
            }
            Thread.onSpinWait();
        }
    }
}
