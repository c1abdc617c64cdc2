package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * Duplicates are caught, end to end: Anna files for her grandmother Maria; her cousin Boris files for the same Maria
 * (her phone typed another way) and, after Send, is told the open request's number and nothing else of it. He adds
 * his details to it (one request, with his note, and its holder is told), or files a new one anyway (its HQ card then
 * names the open one). An operator filing a call for the same phone with {@code /call} is caught too.
 */
class DuplicateRequestsIT {

    private static final long GROUP = -100;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String FAST = "together.hq.sweep-interval=300ms";
    private static final String ASKED = "It looks like this person already has an open request: No. MOW-000001";

    @TempDir
    Path data;

    @Test
    void theSecondRelativeIsToldTheNumberAddsTheDetailsAndTheHolderIsTold() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, "together.access.admins=900", FAST)) {
            FakeTelegramUser olga = telegram.user(901, "Olga", "en");
            bindHq(telegram, olga);
            FakeTelegramMessage card = annaFilesForMaria(telegram);
            olga.pressData(card, "q:take:MOW-000001");
            telegram.awaitMessage(GROUP, m -> m.text().contains("Taken by"), WAIT);

            FakeTelegramUser boris = telegram.user(1002, "Boris", "en");
            RequestFiling.fileThroughTheDialog(boris, borisForMaria());
            String question = boris.awaitReplyContaining(ASKED).text();

            assertThat(question)
                    .doesNotContain("Anna")
                    .doesNotContain("Maria")
                    .doesNotContain("Tverskaya")
                    .doesNotContain("9031234567")
                    .doesNotContain("9161234567")
                    .doesNotContain("Please call first");
            assertThat(boris.lastMessage().inlineButtons())
                    .extracting(FakeTelegramMessage.Button::label)
                    .containsExactly(
                            "➕ Add my details to No. MOW-000001", "📝 File a new one anyway", "⬅️ Back", "✖️ Cancel");

            // Back keeps everything typed: the summary again, and Send asks again
            boris.press("⬅️ Back");
            assertThat(boris.awaitReplyContaining("Please check.").text()).contains("Ring twice, second floor");
            boris.press("Send the request");
            boris.awaitReplyContaining(ASKED);
            boris.press("➕ Add my details to No. MOW-000001");
            String added = boris.awaitReplyContaining("Your details have been added to request No. MOW-000001")
                    .text();
            assertThat(added).contains("No new request was created");

            var requests = service.database().getCollection("requests");
            assertThat(requests.countDocuments()).isEqualTo(1);
            List<Document> notes =
                    requests.find(Filters.eq("number", "MOW-000001")).first().getList("notes", Document.class);
            assertThat(notes).singleElement().satisfies(note -> {
                assertThat(note.getString("kind")).isEqualTo("DETAILS_ADDED");
                assertThat(note.getString("text"))
                        .contains("Ring twice, second floor")
                        .doesNotContain("Boris");
            });
            FakeTelegramMessage told = telegram.awaitMessage(
                    olga.id(), m -> m.text().contains("someone filing for the same person added"), WAIT);
            assertThat(told.text()).contains("MOW-000001").contains("Ring twice, second floor");
        }
    }

    @Test
    void filingAnywayFilesANewRequestWhoseCardNamesTheOpenOne() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, "together.access.admins=900", FAST)) {
            bindHq(telegram, telegram.user(901, "Olga", "en"));
            FakeTelegramMessage first = annaFilesForMaria(telegram);
            assertThat(first.text()).doesNotContain("Possibly the same person");

            FakeTelegramUser boris = telegram.user(1002, "Boris", "en");
            RequestFiling.fileThroughTheDialog(boris, borisForMaria());
            boris.awaitReplyContaining(ASKED);
            boris.press("📝 File a new one anyway");
            boris.awaitReplyContaining("Request number: MOW-000002");

            FakeTelegramMessage card =
                    telegram.awaitMessage(GROUP, m -> m.text().contains("MOW-000002"), WAIT);
            assertThat(card.text()).contains("🔁 Possibly the same person as No. MOW-000001");
            assertThat(service.database().getCollection("requests").countDocuments())
                    .isEqualTo(2);
        }
    }

    @Test
    void anOperatorFilingACallForTheSamePhoneIsCaughtToo() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service =
                        RunningService.start(telegram, data, "together.access.admins=900,3003", FAST)) {
            bindHq(telegram, telegram.user(901, "Olga", "en"));
            annaFilesForMaria(telegram);

            // Maria rings the hotline herself: the caller's phone is the phone of the person helped
            FakeTelegramUser operator = telegram.user(3003, "Irina", "en");
            operator.sendCommand("call");
            operator.awaitReplyContaining("What is the caller's name?");
            operator.sendText("Maria");
            operator.awaitReplyContaining("The caller's phone number?");
            operator.sendText("+7 916 1234567");
            operator.awaitReplyContaining("Who needs help?");
            operator.press("The caller");
            operator.awaitReplyContaining("How old is the person");
            operator.press("65 or older");
            operator.awaitReplyContaining("Region?");
            operator.sendText("Москва");
            operator.awaitReplyContaining("The town and address");
            operator.sendText("Moscow, Tverskaya 1, flat 5");
            operator.awaitReplyContaining("What is needed?");
            operator.press("Medicines");
            operator.press("Done ✔️");
            operator.awaitReplyContaining("How urgent?");
            operator.press("Today");
            operator.awaitReplyContaining("Details");
            operator.press("Skip ➡️");
            operator.awaitReplyContaining("Did the caller agree?");
            operator.press("Yes, agreed");
            operator.awaitReplyContaining("Check and send:");
            operator.press("Send the request");
            operator.awaitReplyContaining(ASKED);
            operator.press("➕ Add my details to No. MOW-000001");

            operator.awaitReplyContaining("The caller's details have been added to request No. MOW-000001");
            var requests = service.database().getCollection("requests");
            assertThat(requests.countDocuments()).isEqualTo(1);
            Document note = requests.find(Filters.eq("number", "MOW-000001"))
                    .first()
                    .getList("notes", Document.class)
                    .getFirst();
            assertThat(note.getString("text"))
                    .startsWith("Another request for the same phone number (through the hotline)");
        }
    }

    /** Anna files for Maria; returns the request's card in the HQ group. */
    private static FakeTelegramMessage annaFilesForMaria(FakeTelegram telegram) {
        FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
        RequestFiling.fileThroughTheDialog(anna, RequestFiling.Answers.typical());
        anna.awaitReplyContaining("Request number: MOW-000001");
        return telegram.awaitMessage(GROUP, m -> m.text().contains("MOW-000001"), WAIT);
    }

    /** Boris asks for the same Maria: her phone typed another way, his own details. */
    private static RequestFiling.Answers borisForMaria() {
        return new RequestFiling.Answers(
                "Grandma Masha",
                "+7 916 123 45 67",
                "Moscow, Tverskaya street 1",
                "Medicines",
                "Ring twice, second floor",
                "Boris",
                "+79035550011");
    }

    private static void bindHq(FakeTelegram telegram, FakeTelegramUser olga) {
        FakeTelegramUser admin = telegram.user(900, "Admin", "en");
        admin.sendCommand("coordinator 901 RU-MOW");
        admin.awaitReplyContaining("coordinates RU-MOW");
        telegram.groupMessage(GROUP, olga, "/hq@" + telegram.botUsername() + " RU-MOW");
        telegram.awaitMessage(GROUP, m -> m.text().startsWith("Done"), WAIT);
    }
}
