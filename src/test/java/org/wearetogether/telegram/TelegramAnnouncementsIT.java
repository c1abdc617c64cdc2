package org.wearetogether.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.Inbound;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramUser;

/** Broadcast messages: read with their formatting and photo, delivered with one attempt that says what happened. */
class TelegramAnnouncementsIT {

    private final ChannelFixture fixture = new ChannelFixture();
    private final FakeTelegram telegram = fixture.telegram;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void readsFormattedTextAndPhotosAsPostsAndPlainTextAsBefore() {
        var desk = new RecordingFrontDesk();
        fixture.start(desk);
        FakeTelegramUser olga = telegram.user(7, "Olga", "ru");

        long formatted = olga.sendFormatted(
                "Сбор в 10:00 https://x.ru",
                FakeTelegramUser.entity("bold", 0, 4),
                FakeTelegramUser.entity("url", 15, 10));
        long plainWithLink = olga.sendFormatted("see https://x.ru", FakeTelegramUser.entity("url", 4, 12));
        long photo = olga.sendPhoto("PHOTO-1", "Наш штаб");

        assertThat(desk.awaitHandled(formatted).content())
                .isEqualTo(new Inbound.Post(new Announcement(
                        "Сбор в 10:00 https://x.ru", List.of(new Announcement.Span("bold", 0, 4, null, null)), null)));
        assertThat(desk.awaitHandled(plainWithLink).content())
                .isEqualTo(new Inbound.Said(new DialogInput.Text("see https://x.ru")));
        assertThat(desk.awaitHandled(photo).content())
                .isEqualTo(new Inbound.Post(new Announcement("Наш штаб", List.of(), "PHOTO-1")));
    }

    @Test
    void deliversTextWithItsFormattingAndPhotosByTheirId() {
        fixture.start(new RecordingFrontDesk());
        ChannelSender sender = fixture.sender();
        var bold = new Announcement("Hello all", List.of(new Announcement.Span("bold", 0, 5, null, null)), null);

        assertThat(sender.announce("41", bold)).isInstanceOf(ChannelSender.Delivered.class);
        assertThat(sender.announce("42", new Announcement("Caption", List.of(), "PHOTO-9")))
                .isInstanceOf(ChannelSender.Delivered.class);

        FakeTelegramCall text = telegram.calls("sendMessage").get(0);
        assertThat(text.params().path("entities").toString()).contains("\"type\":\"bold\"");
        FakeTelegramCall photo = telegram.calls("sendPhoto").get(0);
        assertThat(photo.param("photo")).isEqualTo("PHOTO-9");
        assertThat(photo.param("caption")).isEqualTo("Caption");
        assertThat(telegram.lastMessageTo(42).text()).isEqualTo("Caption");
    }

    @Test
    void reportsThrottlingBlockingAndFailuresWithoutRetrying() {
        fixture.start(new RecordingFrontDesk());
        ChannelSender sender = fixture.sender();
        var hello = Announcement.plain("Hello");

        telegram.rateLimit("sendMessage", 1, 7);
        assertThat(sender.announce("1", hello)).isEqualTo(new ChannelSender.Throttled(Duration.ofSeconds(7)));
        telegram.block(2);
        assertThat(sender.announce("2", hello)).isInstanceOf(ChannelSender.Blocked.class);
        telegram.serverErrors("sendMessage", 1);
        assertThat(sender.announce("3", hello))
                .isInstanceOfSatisfying(
                        ChannelSender.Failed.class,
                        f -> assertThat(f.permanent()).isFalse());
        assertThat(telegram.callCount("sendMessage")).isEqualTo(3);
    }

    @Test
    void theFakeAnswers429AboveItsRateLimit() {
        fixture.start(new RecordingFrontDesk());
        ChannelSender sender = fixture.sender();
        telegram.limitSendRate(5, 1);

        long throttled = 0;
        for (int i = 0; i < 8; i++) {
            if (sender.announce(String.valueOf(100 + i), Announcement.plain("x")) instanceof ChannelSender.Throttled) {
                throttled++;
            }
        }

        assertThat(throttled).isEqualTo(3);
    }
}
