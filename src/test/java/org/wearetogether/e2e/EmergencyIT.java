package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * Emergencies go to 112 first, end to end: Anna asks medical help for today, is told at once to call 112 (before
 * the next question), is not told again when her details hold words of danger, and the request still reaches the
 * HQ group, whose card carries the safety flag but none of her words.
 */
class EmergencyIT {

    private static final long GROUP = -100;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String CALL_112 = "If life or health is in danger, call 112 now (103 for an ambulance).";

    @TempDir
    Path data;

    @Test
    void medicalHelpTodayIsTold112OnceBeforeGoingOnAndTheCardIsFlaggedWithoutTheWords() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, "together.access.admins=900")) {
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            bindHq(telegram, olga);

            var answers = new RequestFiling.Answers(
                    "Maria Ivanovna",
                    "8 (916) 123-45-67",
                    "Moscow, Tverskaya 1, flat 5",
                    "Medical help",
                    "She fell and there is blood",
                    "Anna",
                    "+79031234567");
            RequestFiling.fileThroughTheDialog(anna, answers);
            String number = anna.awaitReplyContaining("Request number:")
                    .text()
                    .replaceAll("(?s).*Request number: ([A-Z]+-\\d+).*", "$1");

            List<String> texts =
                    anna.messages().stream().map(FakeTelegramMessage::text).toList();
            List<String> warnings =
                    texts.stream().filter(t -> t.contains(CALL_112)).toList();
            assertThat(warnings).as("said once per dialog").hasSize(1);
            assertThat(warnings.getFirst()).contains("Volunteers do not replace emergency services");
            int warning = texts.indexOf(warnings.getFirst());
            assertThat(texts.subList(warning + 1, texts.size()))
                    .as("the warning comes before the next question")
                    .anyMatch(t -> t.contains("Anything else"));

            FakeTelegramMessage card =
                    telegram.awaitMessage(GROUP, m -> m.text().contains(number), WAIT);
            assertThat(card.text())
                    .contains("⚠️ Safety: medical, today")
                    .doesNotContain("fell")
                    .doesNotContain("blood");
        }
    }

    private static void bindHq(FakeTelegram telegram, FakeTelegramUser olga) {
        FakeTelegramUser admin = telegram.user(900, "Admin", "en");
        admin.sendCommand("coordinator 901 RU-MOW");
        admin.awaitReplyContaining("coordinates RU-MOW");
        telegram.groupMessage(GROUP, olga, "/hq@" + telegram.botUsername() + " RU-MOW");
        telegram.awaitMessage(GROUP, m -> m.text().startsWith("Done"), WAIT);
    }
}
