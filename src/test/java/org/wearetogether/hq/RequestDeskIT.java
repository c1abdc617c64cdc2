package org.wearetogether.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.hq.HqFixtures.ADMINS;
import static org.wearetogether.hq.HqFixtures.FAST;
import static org.wearetogether.hq.HqFixtures.WAIT;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Staff;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * The console's actions on a request ({@link RequestDesk}) against the whole service: the HQ chat card follows a change
 * made outside the chat, and a chat press and a desk action on the same request learn who won.
 */
class RequestDeskIT {

    private static final long GROUP = -100;
    private static final Staff OLGA_ON_CONSOLE = new Staff("901", "Olga", "en", Staff.Via.CONSOLE);

    @TempDir
    Path data;

    @Test
    void aRequestTakenOnTheDeskShowsItsHolderOnTheChatCardAndAPressThereLearnsWho() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.makeCoordinator(admin, 902, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, olga, "RU-MOW");
            String number = HqFixtures.submit(service, anna, "RU-MOW", "today");
            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, number);
            RequestDesk desk = service.bean(RequestDesk.class);

            assertThat(desk.take(number, OLGA_ON_CONSOLE)).isInstanceOf(RequestDesk.Changed.class);

            telegram.awaitMessage(
                    GROUP,
                    m -> m.text().contains("Request No. " + number) && m.text().contains("Taken by: Olga"),
                    WAIT);
            anna.awaitReplyContaining("has been accepted by the HQ");
            HqFixtures.press(petr, card, "take", number);
            awaitAnswer(telegram, "Already taken by Olga");
            assertThat(service.bean(RequestLifecycle.class).history(number)).hasSize(1);

            assertThat(desk.contacts(number, OLGA_ON_CONSOLE)).isInstanceOf(RequestDesk.Shown.class);
            assertThat(desk.contacts(number, new Staff("902", "Petr", "en", Staff.Via.CONSOLE)))
                    .isInstanceOf(RequestDesk.NotYours.class);
            assertThat(service.bean(Audit.class).about(number, 50))
                    .extracting(Audit.Entry::action)
                    .contains("console.take", "console.contacts");

            assertThat(desk.inProgress(number, OLGA_ON_CONSOLE)).isInstanceOf(RequestDesk.Changed.class);
            telegram.awaitMessage(GROUP, m -> m.text().contains("Status: in progress"), WAIT);
            anna.awaitReplyContaining("is in progress");
        }
    }

    @Test
    void aRequestTakenInTheChatRefusesTheDeskWithTheHoldersName() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.makeCoordinator(admin, 902, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, petr, "RU-MOW");
            String number = HqFixtures.submit(service, anna, "RU-MOW", "today");
            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, number);
            RequestDesk desk = service.bean(RequestDesk.class);

            HqFixtures.press(petr, card, "take", number);
            awaitAnswer(telegram, "You took");

            assertThat(desk.take(number, OLGA_ON_CONSOLE)).isEqualTo(new RequestDesk.HeldByAnother("Petr"));
            assertThat(desk.page(number, OLGA_ON_CONSOLE).orElseThrow().holderName())
                    .isEqualTo("Petr");
            assertThat(desk.done(number, OLGA_ON_CONSOLE)).isEqualTo(new RequestDesk.HeldByAnother("Petr"));
            assertThat(service.bean(RequestLifecycle.class).history(number)).hasSize(1);
        }
    }

    private static void awaitAnswer(FakeTelegram telegram, String text) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (telegram.calls("answerCallbackQuery").stream()
                .noneMatch(c -> c.params().path("text").asText("").contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no answer with '" + text + "': " + telegram.calls("answerCallbackQuery"));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
