package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** A hotline operator files a request for a caller with /call; others cannot. */
class OperatorCallIT {

    @TempDir
    Path data;

    @Test
    void anOperatorFilesARequestForACallerWithVerbalConsentAndOthersAreRefused() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, "together.access.admins=3003")) {
            FakeTelegramUser stranger = telegram.user(1001, "Anna", "en");
            stranger.sendCommand("call");
            stranger.awaitReplyContaining("This command is for hotline operators.");

            FakeTelegramUser olga = telegram.user(3003, "Olga", "en");
            olga.sendCommand("call");
            olga.awaitReplyContaining("What is the caller's name?");
            olga.sendText("Pavel");
            olga.awaitReplyContaining("The caller's phone number?");
            olga.sendText("8 905 777-88-99");
            olga.awaitReplyContaining("Who needs help?");
            olga.press("The caller");
            olga.awaitReplyContaining("How old is the person");
            olga.press("65 or older");
            olga.awaitReplyContaining("Region?");
            olga.sendText("Москва");
            olga.awaitReplyContaining("The town and address");
            olga.sendText("Moscow, Lesnaya St 5");
            olga.awaitReplyContaining("What is needed?");
            olga.press("Medicines");
            olga.press("Done ✔️");
            olga.awaitReplyContaining("How urgent?");
            olga.press("Today");
            olga.awaitReplyContaining("Details");
            olga.press("Skip ➡️");
            olga.awaitReplyContaining("Did the caller agree?");
            olga.press("Yes, agreed");
            olga.awaitReplyContaining("Check and send:");
            olga.press("Send the request");
            String filed = olga.awaitReplyContaining("MOW-000001").text();

            assertThat(filed).contains("read it out to the caller (Pavel)");
            Document request = service.database()
                    .getCollection("requests")
                    .find(Filters.eq("number", "MOW-000001"))
                    .first();
            assertThat(request.get("requester", Document.class).getString("name"))
                    .isEqualTo("Pavel");
            assertThat(request.get("requester", Document.class).getString("phone"))
                    .isEqualTo("+79057778899");
            assertThat(request.get("requester", Document.class).getString("chatKey"))
                    .isEqualTo("telegram:3003");
            assertThat(request.get("consent", Document.class).getBoolean("verbal"))
                    .isTrue();
            assertThat(request.get("intakeOperator", Document.class).getString("role"))
                    .isEqualTo("OPERATOR");
        }
    }
}
