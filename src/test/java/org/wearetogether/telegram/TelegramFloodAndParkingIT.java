package org.wearetogether.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramMessage;

/** One chat cannot slow the others: a flooding chat is turned away at dispatch, a 429 parks only its chat. */
class TelegramFloodAndParkingIT {

    private final ChannelFixture fixture = new ChannelFixture();
    private final RecordingFrontDesk desk = new RecordingFrontDesk();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFloodingChatGetsOneSlowDownAndItsUpdatesOverTheLimitAreConfirmedWithoutWork() throws Exception {
        var telegram = fixture.telegram;
        fixture.start(desk, fixture.settings().withFlood(new TelegramSettings.Flood(5, Duration.ofSeconds(3), 100)));
        var anna = telegram.user(1, "Anna", "en");
        var boris = telegram.user(2, "Boris", "ru");
        long first = anna.sendText("0");
        FakeTelegramMessage echo = anna.awaitReplyContaining("echo " + first);
        long last = 0;
        for (int i = 1; i < 12; i++) {
            last = anna.sendText(String.valueOf(i));
        }
        long press = anna.pressData(echo, "d:x");
        long fromBoris = boris.sendText("hello");
        fixture.awaitConfirmed(press);
        boris.awaitReplyContaining("echo " + fromBoris);

        assertThat(desk.handled().stream().filter(in -> in.person().chatId().equals("1")))
                .as("Anna's inputs handed in: the limit of 5")
                .hasSize(5);
        assertThat(telegram.messagesTo(1).stream().filter(m -> m.text().startsWith("Please slow down")))
                .hasSize(1);
        assertThat(desk.timesHandled(last)).isZero();
        assertThat(desk.timesHandled(press)).isZero();
        assertThat(telegram.unansweredCallbacks())
                .as("a press over the limit still stops its spinner")
                .isEmpty();

        Thread.sleep(3_000); // the window passes: the allowance is back
        long later = anna.sendText("back again");
        anna.awaitReplyContaining("echo " + later);
        assertThat(telegram.messagesTo(1).stream().filter(m -> m.text().startsWith("Please slow down")))
                .hasSize(1);
    }

    @Test
    void a429ParksItsChatWhileOtherChatsKeepGettingRepliesFromTheOnlyWorker() {
        var telegram = fixture.telegram;
        fixture.start(desk, fixture.settings().withWorkers(1));
        var anna = telegram.user(1, "Anna", "ru");
        var boris = telegram.user(2, "Boris", "ru");
        telegram.rateLimit("sendMessage", 1, 3);
        long hi = anna.sendText("hi");
        FakeTelegramCall limited = telegram.awaitCall("sendMessage", c -> c.status() == 429, ChannelFixture.WAIT);
        long again = anna.sendText("again"); // while parked: stored behind the first, not sent before it

        long sentAt = System.nanoTime();
        long hello = boris.sendText("hello");
        boris.awaitReplyContaining("echo " + hello);
        long borisWaited = System.nanoTime() - sentAt;
        fixture.awaitConfirmed(again);
        List<FakeTelegramMessage> toAnna = telegram.awaitMessages(1, 2, Duration.ofSeconds(10));

        assertThat(Duration.ofNanos(borisWaited))
                .as("Boris is answered while Anna is parked, by the only worker")
                .isLessThan(Duration.ofSeconds(2));
        assertThat(toAnna).extracting(FakeTelegramMessage::text).containsExactly("echo " + hi, "echo " + again);
        List<FakeTelegramCall> sendsToAnna = telegram.calls("sendMessage").stream()
                .filter(c -> c.param("chat_id").equals("1"))
                .toList();
        assertThat(sendsToAnna).extracting(FakeTelegramCall::status).containsExactly(429, 200, 200);
        assertThat(Duration.ofNanos(sendsToAnna.get(1).answeredAtNanos() - limited.answeredAtNanos()))
                .as("nothing is sent to Anna before retry_after has passed")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        await().atMost(ChannelFixture.WAIT).until(() -> desk.owed("telegram:1").isEmpty());
    }
}
