package org.wearetogether.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.hq.HqFixtures.ADMINS;
import static org.wearetogether.hq.HqFixtures.FAST;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** A submitted request reaches its region's HQ chat exactly once, also when forwarding was interrupted. */
class HqForwardingIT {

    private static final long GROUP = -100;
    private static final long LATE_GROUP = -200;

    @TempDir
    Path data;

    @Test
    void aRequestStoredBeforeACrashIsForwardedOnceAfterTheRestartAndNeverAgain() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser coordinator = telegram.user(901, "Olga", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            String number;
            // a sweep interval of an hour: the request is stored, then the service stops before any sweep
            try (RunningService service =
                    RunningService.start(telegram, data, ADMINS, "together.hq.sweep-interval=1h")) {
                HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
                HqFixtures.bind(telegram, GROUP, coordinator, "RU-MOW");
                number = HqFixtures.submit(service, anna, "RU-MOW", "this_week");
                Thread.sleep(300); // the bind nudged a sweep; let it finish before stopping
            }
            try (RunningService restarted = RunningService.start(telegram, data, ADMINS, FAST)) {
                var card = HqFixtures.awaitCard(telegram, GROUP, number);
                assertThat(card.text())
                        .contains("Age group: 65 or older")
                        .doesNotContain("Maria")
                        .doesNotContain("bread")
                        .doesNotContain("+7916")
                        .doesNotContain("Tverskaya")
                        .contains("Groceries");
                awaitForwarded(restarted, number);

                // as if the mark was lost (a crash after posting): the next sweep must not post it again
                restarted
                        .database()
                        .getCollection("requests")
                        .updateOne(Filters.eq("number", number), Updates.unset("forwardedAt"));
                awaitForwarded(restarted, number);
                Thread.sleep(600); // three more sweeps
                assertThat(HqFixtures.cardsIn(telegram, GROUP, number)).isEqualTo(1);

                // a chat bound later gets the region's open requests
                HqFixtures.bind(telegram, LATE_GROUP, admin, "RU-MOW");
                HqFixtures.awaitCard(telegram, LATE_GROUP, number);
                Thread.sleep(600);
                assertThat(HqFixtures.cardsIn(telegram, LATE_GROUP, number)).isEqualTo(1);
                assertThat(HqFixtures.cardsIn(telegram, GROUP, number)).isEqualTo(1);
            }
        }
    }

    private static void awaitForwarded(RunningService service, String number) throws InterruptedException {
        long deadline = System.nanoTime() + HqFixtures.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Document request = service.database()
                    .getCollection("requests")
                    .find(Filters.eq("number", number))
                    .first();
            if (request != null && request.get("forwardedAt") != null) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(number + " was not marked forwarded");
    }
}
