package org.wearetogether.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Inbound;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.FakeTelegram;

/** Every kind of update becomes the right input, or nothing, and is confirmed either way. */
class TelegramUpdatesIT {

    private final ChannelFixture fixture = new ChannelFixture();
    private final FakeTelegram telegram = fixture.telegram;
    private final RecordingFrontDesk desk = new RecordingFrontDesk();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void readsTextCommandsContactsAndLocations() {
        fixture.start(desk);
        var anna = telegram.user(42, "Анна", "en-GB");
        long hello = anna.sendText("Здравствуйте 👋");
        long start = anna.sendCommand("Start@" + telegram.botUsername() + "  deep link ");
        long help = anna.sendCommand("help");
        long own = anna.shareContact("+79161234567", true);
        long others = anna.shareContact("89161234567", false);
        long where = anna.shareLocation(55.75, 37.61);
        long empty = anna.sendText("");
        String longest = "я".repeat(4096);
        long longText = anna.sendText(longest);
        long slash = anna.sendText("/ not a command");
        fixture.awaitConfirmed(slash);

        Inbound first = desk.awaitHandled(hello);
        assertThat(first.person()).isEqualTo(new Person("telegram", "42", "42", "Анна", "user42"));
        assertThat(first.languageTag()).isEqualTo("en-GB");
        assertThat(first.content()).isEqualTo(said(new DialogInput.Text("Здравствуйте 👋")));
        assertThat(desk.awaitHandled(start).content()).isEqualTo(new Inbound.Command("start", "deep link"));
        assertThat(desk.awaitHandled(help).content()).isEqualTo(new Inbound.Command("help", ""));
        assertThat(desk.awaitHandled(own).content())
                .isEqualTo(said(new DialogInput.ContactShared("+79161234567", true)));
        assertThat(desk.awaitHandled(others).content())
                .isEqualTo(said(new DialogInput.ContactShared("89161234567", false)));
        assertThat(desk.awaitHandled(where).content()).isEqualTo(said(new DialogInput.LocationShared(55.75, 37.61)));
        assertThat(desk.awaitHandled(empty).content()).isEqualTo(said(new DialogInput.Text("")));
        assertThat(desk.awaitHandled(longText).content()).isEqualTo(said(new DialogInput.Text(longest)));
        assertThat(desk.awaitHandled(slash).content()).isEqualTo(said(new DialogInput.Text("/ not a command")));
    }

    @Test
    void readsButtonPressesAndEdits() {
        fixture.start(desk);
        var anna = telegram.user(42, "Anna", "ru");
        anna.sendText("hi");
        var echo = anna.awaitReplyContaining("echo");
        long press = anna.pressData(echo, "d:abc:1:me");
        long edit = anna.editLastText("hi again");
        fixture.awaitConfirmed(edit);

        assertThat(desk.awaitHandled(press).content()).isEqualTo(said(new DialogInput.ButtonPressed("d:abc:1:me")));
        assertThat(desk.awaitHandled(edit).content()).isEqualTo(said(new DialogInput.Unsupported("edited")));
    }

    @Test
    void readsAVoiceMessageAsItsFileIdAndLengthNotItsAudio() {
        fixture.start(desk);
        var anna = telegram.user(42, "Anna", "ru");
        long voice = anna.sendVoice("AwACAgIAAxkBAAIBZ2V", 42);
        fixture.awaitConfirmed(voice);

        assertThat(desk.awaitHandled(voice).content())
                .isEqualTo(said(new DialogInput.Voice("AwACAgIAAxkBAAIBZ2V", 42)));
    }

    @Test
    void readsEveryAttachmentAsUnsupportedOfItsKind() {
        fixture.start(desk);
        var anna = telegram.user(42, "Anna", "ru");
        // a photo is read as a post (an announcement may carry one): TelegramAnnouncementsIT; a voice message is
        // read as a Voice (above)
        List<String> kinds =
                List.of("sticker", "video", "video_note", "animation", "document", "audio", "dice", "poll");
        long last = 0;
        for (String kind : kinds) {
            last = anna.sendAttachment(kind);
        }
        fixture.awaitConfirmed(last);

        assertThat(desk.handled())
                .extracting(Inbound::content)
                .containsExactlyElementsOf(kinds.stream()
                        .map(kind -> said(new DialogInput.Unsupported(kind)))
                        .toList());
    }

    @Test
    void ignoresGroupChatterChannelPostsAndMembershipChangesButConfirmsThem() {
        fixture.start(desk);
        var anna = telegram.user(42, "Anna", "ru");
        telegram.groupMessage(-100, anna, "hello everyone");
        telegram.groupMessage(-100, anna, "/start");
        telegram.groupMessage(-100, anna, "/start@some_other_bot");
        long addressed = telegram.groupMessage(-100, anna, "/start@" + telegram.botUsername());
        telegram.channelPost(-200, "news");
        telegram.membershipChange(anna, "kicked");
        long groupPress =
                anna.pressData(new org.wearetogether.testing.FakeTelegramMessage(-100, 1, "x", null, 0), "m:menu");
        long sentinel = anna.sendText("still here");
        fixture.awaitConfirmed(sentinel);

        assertThat(desk.handled()).extracting(Inbound::updateId).containsExactlyInAnyOrder(addressed, sentinel);
        assertThat(desk.awaitHandled(addressed).content()).isEqualTo(new Inbound.Command("start", ""));
        assertThat(telegram.answeredCallbacks()).containsKey("cq1");
        assertThat(groupPress).isLessThan(sentinel);
    }

    private static Inbound.Said said(DialogInput input) {
        return new Inbound.Said(input);
    }
}
