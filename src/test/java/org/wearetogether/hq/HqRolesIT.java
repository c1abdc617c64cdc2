package org.wearetogether.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.hq.HqFixtures.ADMINS;
import static org.wearetogether.hq.HqFixtures.FAST;
import static org.wearetogether.hq.HqFixtures.WAIT;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.StatusChange;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** Bindings and roles are safe: re-binding needs an admin, and a removed coordinator holds nothing. */
class HqRolesIT {

    private static final long GROUP = -100;

    @TempDir
    Path data;

    @Test
    void removingACoordinatorReturnsWhatTheyHeldToTheQueueUpdatesTheCardAndTellsTheRequesterAndTheAdmin() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.bind(telegram, GROUP, olga, "RU-MOW");
            String number = HqFixtures.submit(service, anna, "RU-MOW", "this_week");
            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP, number);
            HqFixtures.press(olga, card, "take", number);
            anna.awaitReplyContaining("has been accepted by the HQ");

            admin.sendCommand("coordinator remove 901");

            // the admin's private note comes from the HQ while the command runs, so it may come first
            telegram.awaitMessage(900, m -> m.text().contains("no longer coordinates"), WAIT);
            telegram.awaitMessage(900, m -> m.text().contains("went back to the queue (1): " + number), WAIT);
            anna.awaitReplyContaining("back in the queue");
            telegram.awaitMessage(
                    GROUP,
                    m -> m.messageId() == card.messageId()
                            && m.version() > 0
                            && !m.text().contains("Taken by"),
                    WAIT);
            HelpRequest now = service.bean(HelpRequests.class).byNumber(number).orElseThrow();
            assertThat(now.status()).isEqualTo(RequestStatus.SUBMITTED);
            assertThat(now.holder()).isNull();
            List<StatusChange> history = service.bean(RequestLifecycle.class).history(number);
            assertThat(history).last().satisfies(c -> {
                assertThat(c.to()).isEqualTo(RequestStatus.SUBMITTED);
                assertThat(c.actor().id()).isEqualTo("900");
                assertThat(c.comment()).contains("no longer works in the region");
            });
        }
    }

    @Test
    void aCoordinatorOfAnotherRegionIsPolitelyRefusedAndAnAdminReBindsSayingWhatItReplaced() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.makeCoordinator(admin, 902, "RU-SPE");
            HqFixtures.bind(telegram, GROUP, olga, "RU-MOW");

            telegram.groupMessage(GROUP, petr, "/hq@" + telegram.botUsername() + " RU-SPE");
            telegram.awaitMessage(
                    GROUP,
                    m -> m.text().contains("already serves as the chat of Moscow (RU-MOW)")
                            && m.text().contains("Only an admin"),
                    WAIT);

            telegram.groupMessage(GROUP, admin, "/hq@" + telegram.botUsername() + " RU-SPE");
            telegram.awaitMessage(GROUP, m -> m.text().contains("It was the chat of Moscow (RU-MOW)"), WAIT);
            String number = HqFixtures.submit(service, telegram.user(1001, "Anna", "en"), "RU-SPE", "today");
            HqFixtures.awaitCard(telegram, GROUP, number);
        }
    }
}
