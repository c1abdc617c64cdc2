package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.chat.Inbound;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.telegram.TelegramSettings;
import org.wearetogether.testing.FakeTelegram;

/** Start-up: off without a token, never blocked by an unreachable Bot API, UP once it answers, menu registered. */
class TelegramStartupIT {

    private final FakeTelegram telegram = FakeTelegram.start();
    private TelegramChannel channel;

    @AfterEach
    void close() {
        if (channel != null) {
            channel.stop();
        }
        telegram.close();
    }

    @Test
    void staysOffAndReportsDownWithoutAToken() {
        channel = new TelegramChannel(TelegramSettings.of("", telegram.apiUrl()), new SilentFrontDesk());
        channel.start();

        var health = new TelegramHealth(channel).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString()).contains("TELEGRAM_BOT_TOKEN");
        assertThat(channel.isPolling()).isFalse();
        assertThat(telegram.calls()).isEmpty();
    }

    @Test
    void reportsDownWhileTheBotApiFailsAndUpOnceItAnswers() {
        telegram.serverErrors("getMe", 4);
        channel = new TelegramChannel(settings(telegram.apiUrl()), new SilentFrontDesk());
        channel.start();

        assertThat(new TelegramHealth(channel).health().getStatus()).isEqualTo(Status.DOWN);
        await().atMost(Duration.ofSeconds(10)).until(() -> channel.status().up());
        assertThat(new TelegramHealth(channel).health().getDetails()).containsEntry("bot", "@together_test_bot");
        assertThat(telegram.calls("getMe")).hasSize(5);
    }

    @Test
    void startsWithoutWaitingForAnUnreachableBotApi() {
        channel = new TelegramChannel(settings(URI.create("http://127.0.0.1:9")), new SilentFrontDesk());
        channel.start();

        assertThat(channel.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> channel.status().detail().startsWith("cannot reach the Bot API"));
        assertThat(channel.status().up()).isFalse();
    }

    @Test
    void registersTheCommandMenuInEveryLanguageAndTheDefault() {
        channel = new TelegramChannel(settings(telegram.apiUrl()), new SilentFrontDesk());
        channel.start();
        telegram.awaitCall("setMyCommands", c -> "en".equals(c.param("language_code")), Duration.ofSeconds(10));

        var menus = telegram.commandsByLanguage();
        assertThat(menus.keySet()).containsExactlyInAnyOrder("", "ru", "en");
        assertThat(menus.get("ru").get(0).path("description").asText()).isEqualTo("Начать");
        assertThat(menus.get("en").get(0).path("description").asText()).isEqualTo("Start");
        assertThat(menus.get("").get(0).path("command").asText()).isEqualTo("start");
        assertThat(telegram.calls("deleteWebhook")).hasSize(1);
    }

    @Test
    void pollsWithoutWaitingForTheCommandMenu() {
        telegram.delay("setMyCommands", Duration.ofSeconds(2));
        channel = new TelegramChannel(settings(telegram.apiUrl()), new SilentFrontDesk());
        channel.start();

        telegram.awaitCall("getUpdates", c -> true, Duration.ofSeconds(10));
        assertThat(telegram.calls("setMyCommands"))
                .as("menus registered before the first poll")
                .isEmpty();
        telegram.awaitCall("setMyCommands", c -> "en".equals(c.param("language_code")), Duration.ofSeconds(15));
        assertThat(telegram.commandsByLanguage().keySet()).containsExactlyInAnyOrder("", "ru", "en");
    }

    @Test
    void pollsEvenWhenTheCommandMenuCannotBeRegistered() {
        telegram.serverErrors("setMyCommands", 1_000);
        channel = new TelegramChannel(settings(telegram.apiUrl()), new SilentFrontDesk());
        channel.start();

        telegram.awaitCall("getUpdates", c -> true, Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> channel.status().up());
    }

    private static TelegramSettings settings(URI apiUrl) {
        return TelegramSettings.of(FakeTelegram.DEFAULT_TOKEN, apiUrl)
                .withPollTimeout(Duration.ofSeconds(1))
                .withRetry(new TelegramSettings.Retry(3, Duration.ofMillis(20), Duration.ofMillis(100), 3));
    }

    private static final class SilentFrontDesk implements FrontDesk {
        @Override
        public List<Reply> handle(Inbound inbound) {
            return List.of();
        }

        @Override
        public List<ChatCommand.Description> commands() {
            return List.of(new ChatCommand.Description("start", Texts.of("Начать", "Start")));
        }

        @Override
        public void unreachable(String chatKey) {}

        @Override
        public List<org.wearetogether.chat.OwedReply> owed(String chatKey) {
            return List.of();
        }

        @Override
        public void delivered(String chatKey, long seq) {}

        @Override
        public void owe(String chatKey, List<Reply> replies) {}

        @Override
        public List<String> chatsOwed(int limit) {
            return List.of();
        }
    }
}
