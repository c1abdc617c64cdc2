package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The door is safe, end to end: Anna files a request through the dialog and gets a code word; Olga offers it to Ivan,
 * who declines and never sees the word; she offers it to Maria, which gives Anna a new word; Maria accepts and gets
 * the new word. Neither word ever reaches the HQ group, Olga or Ivan: every call of the Bot API is searched.
 */
class CodeWordIT {

    private static final long GROUP = -100;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern QUOTED = Pattern.compile("\"(\\p{L}+)\"");

    @TempDir
    Path data;

    @Test
    void theWordReachesTheRequesterAndOnlyTheVolunteerWhoAcceptedAndANewAssignmentRenewsIt() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram,
                        data,
                        "together.access.admins=900",
                        "together.hq.sweep-interval=200ms",
                        "spring.main.sources=org.wearetogether.tasks.internal.FixedVolunteers")) {
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            FakeTelegramUser ivan = telegram.user(777, "Ivan", "en");
            FakeTelegramUser maria = telegram.user(778, "Maria", "en");
            bindHq(telegram, olga);

            RequestFiling.fileThroughTheDialog(anna, RequestFiling.Answers.typical());
            String number = anna.awaitReplyContaining("Request number:")
                    .text()
                    .replaceAll("(?s).*Request number: ([A-Z]+-\\d+).*", "$1");
            FakeTelegramMessage told = anna.awaitReplyContaining("Code word:");
            String filed = quoted(told.text());
            assertThat(told.text()).contains("open the door only to someone who says this word");

            FakeTelegramMessage card =
                    telegram.awaitMessage(GROUP, m -> m.text().contains(number), WAIT);
            olga.pressData(card, "q:take:" + number);
            telegram.awaitMessage(GROUP, m -> m.text().contains("Taken by: Olga"), WAIT);

            offer(telegram, olga, card, number, "777");
            FakeTelegramMessage offered = ivan.awaitReplyContaining("Task for request No. " + number);
            assertThat(offered.text()).contains("code word for the door once you accept");
            ivan.pressData(offered, data(offered, "t:dec:"));
            FakeTelegramMessage reasons =
                    telegram.awaitMessage(ivan.id(), m -> m.text().contains("Why can you not"), WAIT);
            ivan.pressData(reasons, data(reasons, "t:decw:").replaceAll(":[a-z]+$", ":busy"));
            telegram.awaitMessage(olga.id(), m -> m.text().startsWith("Ivan declined No. " + number), WAIT);

            offer(telegram, olga, card, number, "778");
            FakeTelegramMessage renewed = anna.awaitReplyContaining("New code word for request No. " + number);
            String current = quoted(renewed.text());
            assertThat(current).isNotEqualTo(filed);
            assertThat(renewed.text()).contains("The old one no longer counts", "open the door only to someone");
            FakeTelegramMessage task = maria.awaitReplyContaining("Task for request No. " + number);
            assertThat(task.text()).doesNotContain(current);
            maria.pressData(task, data(task, "t:acc:"));
            FakeTelegramMessage accepted =
                    telegram.awaitMessage(maria.id(), m -> m.text().contains("Status: accepted"), WAIT);
            assertThat(accepted.text()).contains("Code word: \"" + current + "\". Say it at the door");

            anna.sendCommand("requests");
            assertThat(anna.awaitReplyContaining("Your requests").text())
                    .contains("Code word: \"" + current + "\"")
                    .doesNotContain(filed);

            assertThat(chatsReached(telegram, filed)).containsOnly(String.valueOf(anna.id()));
            assertThat(chatsReached(telegram, current))
                    .containsOnly(String.valueOf(anna.id()), String.valueOf(maria.id()));
        }
    }

    /** Every chat any call of the Bot API carried the word to (sent, edited, or as a press's notice). */
    private static List<String> chatsReached(FakeTelegram telegram, String word) {
        Pattern whole = Pattern.compile("(?U)(?<!\\w)" + Pattern.quote(word) + "(?!\\w)");
        return telegram.calls().stream()
                .filter(c -> whole.matcher(c.params().toString()).find())
                .map(CodeWordIT::chatOf)
                .distinct()
                .toList();
    }

    private static String chatOf(FakeTelegramCall call) {
        String chat = call.param("chat_id");
        return chat == null ? call.method() + " without chat" : chat;
    }

    private static String quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        assertThat(m.find()).as("a quoted word in: %s", text).isTrue();
        return m.group(1);
    }

    private static void bindHq(FakeTelegram telegram, FakeTelegramUser olga) {
        FakeTelegramUser admin = telegram.user(900, "Admin", "en");
        admin.sendCommand("coordinator 901 RU-MOW");
        admin.awaitReplyContaining("coordinates RU-MOW");
        telegram.groupMessage(GROUP, olga, "/hq@" + telegram.botUsername() + " RU-MOW");
        telegram.awaitMessage(GROUP, m -> m.text().startsWith("Done"), WAIT);
    }

    private static void offer(
            FakeTelegram telegram, FakeTelegramUser olga, FakeTelegramMessage card, String number, String userId) {
        olga.pressData(card, "q:vol:" + number);
        FakeTelegramMessage list = telegram.awaitMessage(
                olga.id(),
                m -> m.text().contains("Whom to offer request No. " + number)
                        && m.inlineButtons().size() > 1,
                WAIT);
        olga.pressData(list, "t:offer:" + number + ":" + userId);
    }

    private static String data(FakeTelegramMessage message, String prefix) {
        return message.inlineButtons().stream()
                .map(FakeTelegramMessage.Button::data)
                .filter(d -> d.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button under " + message));
    }
}
