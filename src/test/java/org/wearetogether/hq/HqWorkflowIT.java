package org.wearetogether.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.hq.HqFixtures.ADMINS;
import static org.wearetogether.hq.HqFixtures.FAST;
import static org.wearetogether.hq.HqFixtures.WAIT;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.StatusChange;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** Coordinators work a request from its cards; the requester hears of every change; nobody else changes anything. */
class HqWorkflowIT {

    private static final long GROUP_A = -100;
    private static final long GROUP_B = -200;

    @TempDir
    Path data;

    @Test
    void twoCoordinatorsTakeAtOnceOneWinsAndTheRequesterHearsOfEveryChange() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser petr = telegram.user(902, "Petr", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-MOW");
            HqFixtures.makeCoordinator(admin, 902, "RU-MOW");
            HqFixtures.bind(telegram, GROUP_A, olga, "RU-MOW");
            HqFixtures.bind(telegram, GROUP_B, petr, "RU-MOW");
            String number = HqFixtures.submit(service, anna, "RU-MOW", "today");
            FakeTelegramMessage cardA = HqFixtures.awaitCard(telegram, GROUP_A, number);
            FakeTelegramMessage cardB = HqFixtures.awaitCard(telegram, GROUP_B, number);

            // two groups are two chats, handled in parallel: a real race
            HqFixtures.press(olga, cardA, "take", number);
            HqFixtures.press(petr, cardB, "take", number);
            List<StatusChange> history = awaitHistory(service, number, 1);
            assertThat(history).hasSize(1);
            String winner = history.get(0).actor().id();
            assertThat(winner).isIn("901", "902");
            FakeTelegramUser winnerUser = winner.equals("901") ? olga : petr;
            awaitAnswers(telegram, "Already taken by " + winnerUser.firstName(), 1);
            awaitAnswers(telegram, "You took", 1);
            assertThat(answers(telegram, "You took")).isEqualTo(1);
            anna.awaitReplyContaining("has been accepted by the HQ");
            telegram.awaitMessage(GROUP_A, m -> m.text().contains("Taken by"), WAIT);
            telegram.awaitMessage(GROUP_B, m -> m.text().contains("Taken by"), WAIT);

            FakeTelegramUser holder = winner.equals("901") ? olga : petr;
            FakeTelegramMessage card = winner.equals("901") ? cardA : cardB;
            HqFixtures.press(holder, card, "cont", number);
            telegram.awaitMessage(holder.id(), m -> m.text().contains("+79160000001"), WAIT);
            HqFixtures.press(holder, card, "prog", number);
            anna.awaitReplyContaining("is in progress");
            HqFixtures.press(holder, card, "back", number);
            anna.awaitReplyContaining("back in the queue");
            HqFixtures.press(holder, card, "take", number);
            anna.awaitReplyContaining("has been accepted by the HQ");
            HqFixtures.press(holder, card, "done", number);
            FakeTelegramMessage rate = anna.awaitReplyContaining("Please rate");
            anna.pressData(rate, "r:" + number + ":5");
            telegram.awaitMessage(anna.id(), m -> m.text().contains("Your rating: 5"), WAIT); // edited in place
            anna.sendText("Thank you, all went well");
            anna.awaitReplyContaining("comment is saved");
            Document stored = request(service, number);
            assertThat(stored.getString("status")).isEqualTo("DONE");
            assertThat(stored.toJson()).contains("Thank you, all went well");
        }
    }

    @Test
    void aCannotFulfilReasonAndTheHotlineReachTheRequester() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.bind(telegram, GROUP_A, admin, "RU-SPE");
            String number = HqFixtures.submit(service, anna, "RU-SPE", "this_week");
            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP_A, number);
            HqFixtures.press(admin, card, "take", number);
            anna.awaitReplyContaining("accepted");
            HqFixtures.press(admin, card, "cant", number);
            FakeTelegramMessage reasons =
                    telegram.awaitMessage(GROUP_A, m -> m.text().contains("Why can"), WAIT);
            admin.pressData(reasons, "q:why:" + number + ":novol");
            FakeTelegramMessage told = anna.awaitReplyContaining("could not be fulfilled");
            assertThat(told.text()).contains("no volunteers are available").contains("8 800 200-34-11");
            telegram.awaitMessage(GROUP_A, m -> m.text().contains("could not be fulfilled"), WAIT);
        }
    }

    @Test
    void theRequesterCancelsFromMyRequestsAndTheCardShowsIt() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.bind(telegram, GROUP_A, admin, "RU-MOW");
            String number = HqFixtures.submit(service, anna, "RU-MOW", "this_week");
            HqFixtures.awaitCard(telegram, GROUP_A, number);
            anna.sendCommand("requests");
            anna.awaitReplyContaining(number);
            anna.press("Cancel No. " + number);
            anna.awaitReplyContaining("Cancel request No. " + number + "?");
            anna.press("Yes, cancel");
            telegram.awaitMessage(anna.id(), m -> m.text().equals("Request No. " + number + " is cancelled."), WAIT);
            telegram.awaitMessage(
                    GROUP_A,
                    m -> m.text().contains("Request No. " + number) && m.text().contains("cancelled"),
                    WAIT);
            assertThat(request(service, number).getString("status")).isEqualTo("CANCELLED");
        }
    }

    @Test
    void aNonCoordinatorAndForgedDataChangeNothing() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            FakeTelegramUser stranger = telegram.user(903, "Stranger", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.makeCoordinator(admin, 901, "RU-SPE"); // another region
            HqFixtures.bind(telegram, GROUP_A, admin, "RU-MOW");
            String number = HqFixtures.submit(service, anna, "RU-MOW", "this_week");
            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, GROUP_A, number);

            HqFixtures.press(stranger, card, "take", number);
            HqFixtures.press(olga, card, "take", number);
            awaitAnswers(telegram, "only coordinators", 2);
            olga.pressData(card, "q:take:MOW-999999");
            admin.pressData(card, "q:drop:" + number);
            admin.pressData(card, "q:why:" + number + ":nonsense");
            awaitAnswers(telegram, "no longer active", 3);
            // the group refuses /hq from someone who may not bind it
            telegram.groupMessage(GROUP_B, stranger, "/hq@" + telegram.botUsername() + " RU-MOW");
            telegram.awaitMessage(GROUP_B, m -> m.text().contains("only an admin or a coordinator"), WAIT);

            assertThat(request(service, number).getString("status")).isEqualTo("SUBMITTED");
            assertThat(service.bean(RequestLifecycle.class).history(number)).isEmpty();
            assertThat(request(service, number).get("holder")).isNull();
        }
    }

    /** Waits until at least {@code count} press answers contain the text. */
    private static void awaitAnswers(FakeTelegram telegram, String text, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (answers(telegram, text) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " answers with '" + text + "': "
                        + telegram.calls("answerCallbackQuery"));
            }
            pause();
        }
    }

    private static long answers(FakeTelegram telegram, String text) {
        return telegram.calls("answerCallbackQuery").stream()
                .filter(c -> c.params().path("text").asText("").toLowerCase().contains(text.toLowerCase()))
                .count();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<StatusChange> awaitHistory(RunningService service, String number, int size) {
        RequestLifecycle lifecycle = service.bean(RequestLifecycle.class);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<StatusChange> history = lifecycle.history(number);
            if (history.size() >= size) {
                return history;
            }
            pause();
        }
        throw new AssertionError("history of " + number + " did not reach " + size);
    }

    private static Document request(RunningService service, String number) {
        return service.database()
                .getCollection("requests")
                .find(Filters.eq("number", number))
                .first();
    }
}
