package org.wearetogether.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Inbound;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;

/** Replies become the right Bot API calls, and failing calls follow the retry rules. */
class TelegramRepliesIT {

    private final ChannelFixture fixture = new ChannelFixture();
    private final FakeTelegram telegram = fixture.telegram;
    private final RecordingFrontDesk desk = new RecordingFrontDesk();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void waitsTheRetryAfterTelegramAsksForOn429() {
        telegram.rateLimit("sendMessage", 1, 1);
        fixture.start(desk);
        var anna = telegram.user(1, "Anna", "ru");
        long update = anna.sendText("hi");
        anna.awaitReplyContaining("echo " + update);

        List<FakeTelegramCall> sends = telegram.calls("sendMessage");
        assertThat(sends).extracting(FakeTelegramCall::status).containsExactly(429, 200);
        long waitedNanos = sends.get(1).answeredAtNanos() - sends.get(0).answeredAtNanos();
        assertThat(Duration.ofNanos(waitedNanos)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retriesServerErrorsWithBackOffThenKeepsTheReplyAndSendsItBeforeTheNextOne() {
        telegram.serverErrors("sendMessage", 2);
        fixture.start(desk);
        var anna = telegram.user(1, "Anna", "ru");
        long first = anna.sendText("one");
        anna.awaitReplyContaining("echo " + first);
        telegram.serverErrors("sendMessage", 3); // as many as the fixture's attempts: this reply is kept for later
        long second = anna.sendText("two");
        fixture.awaitConfirmed(second); // confirmed: the reply is stored, not lost
        long third = anna.sendText("three");
        anna.awaitReplyContaining("echo " + third);

        assertThat(telegram.calls("sendMessage"))
                .extracting(FakeTelegramCall::status)
                .containsExactly(500, 500, 200, 500, 500, 500, 200, 200);
        assertThat(telegram.messagesTo(1))
                .extracting(m -> m.text())
                .containsExactly("echo " + first, "echo " + second, "echo " + third);
        await().atMost(ChannelFixture.WAIT).until(() -> desk.owed("telegram:1").isEmpty());
    }

    @Test
    void recordsABlockedChatAsUnreachableAndDoesNotRetry() {
        telegram.block(1);
        desk.answerWith(in -> List.of(Reply.Message.plain("first"), Reply.Message.plain("second")));
        fixture.start(desk);
        long update = telegram.user(1, "Anna", "ru").sendText("hi");
        fixture.awaitConfirmed(update);

        assertThat(desk.unreachableChats()).containsExactly("telegram:1");
        assertThat(telegram.calls("sendMessage"))
                .extracting(FakeTelegramCall::status)
                .containsExactly(403);
    }

    @Test
    void answersEveryButtonPressWithItsNoticeOrEmpty() {
        desk.answerWith(in ->
                in.content() instanceof Inbound.Said said && said.input() instanceof DialogInput.ButtonPressed pressed
                        ? (pressed.data().equals("stale")
                                ? List.of(new Reply.Notice("This button is no longer active"))
                                : List.of(new Reply.EditPressed("ticked", Reply.Keyboard.NONE)))
                        : List.of(Reply.Message.plain("menu")));
        fixture.start(desk);
        var anna = telegram.user(1, "Anna", "en");
        anna.sendCommand("start");
        var menu = anna.awaitReplyContaining("menu");
        long stale = anna.pressData(menu, "stale");
        long fine = anna.pressData(menu, "fine");
        fixture.awaitConfirmed(fine);

        assertThat(telegram.unansweredCallbacks()).isEmpty();
        assertThat(telegram.answeredCallbacks()).containsValues("This button is no longer active", "");
        assertThat(telegram.messagesTo(1)).extracting(m -> m.text()).containsExactly("ticked");
        assertThat(stale).isLessThan(fine);
    }

    @Test
    void editsThePressedMessageAndShrugsOffNotModified() {
        var ticked = new Reply.Keyboard.Inline(List.of(List.of(new Reply.Button("✓ Milk", "d:c:1:milk"))));
        desk.answerWith(in -> in.content() instanceof Inbound.Command
                ? List.of(new Reply.Message("What do you need?", ticked))
                : List.of(new Reply.EditPressed("What do you need? (1)", ticked)));
        fixture.start(desk);
        var anna = telegram.user(1, "Anna", "en");
        anna.sendCommand("start");
        var question = anna.awaitReplyContaining("What do you need?");
        anna.press("✓ Milk");
        long again = anna.press("✓ Milk");
        fixture.awaitConfirmed(again);

        var edited = telegram.lastMessageTo(1);
        assertThat(edited.messageId()).isEqualTo(question.messageId());
        assertThat(edited.text()).isEqualTo("What do you need? (1)");
        assertThat(edited.inlineButtons()).extracting(b -> b.data()).containsExactly("d:c:1:milk");
        assertThat(telegram.calls("editMessageText"))
                .extracting(FakeTelegramCall::status)
                .containsExactly(200, 400);
        assertThat(telegram.messagesTo(1)).hasSize(1);
    }

    @Test
    void splitsLongTextsAndPutsTheKeyboardUnderTheLastPart() {
        String longText = ("Строка текста 😀\n").repeat(400);
        var contact = new Reply.Keyboard.Request(
                new Reply.RequestButton("Share my number", Reply.Requested.CONTACT), List.of("Back", "Cancel"));
        desk.answerWith(in -> List.of(
                new Reply.Message(longText, contact),
                new Reply.Message("Done", new Reply.Keyboard.Remove()),
                new Reply.Notice("Not a press: sent as a message")));
        fixture.start(desk);
        var anna = telegram.user(1, "Anna", "ru");
        long update = anna.sendText("hi");
        fixture.awaitConfirmed(update);

        var messages = telegram.messagesTo(1);
        assertThat(messages).hasSize(4);
        assertThat(messages.get(0).text().length()).isLessThanOrEqualTo(4096);
        assertThat(messages.get(0).text() + "\n" + messages.get(1).text()).isEqualTo(longText);
        assertThat(messages.get(0).replyMarkup()).isNull();
        assertThat(messages.get(1).requestsContact()).isTrue();
        assertThat(messages.get(1).replyKeyboardLabels()).containsExactly("Share my number", "Back", "Cancel");
        assertThat(messages.get(2).removesKeyboard()).isTrue();
        assertThat(messages.get(3).text()).isEqualTo("Not a press: sent as a message");
    }
}
