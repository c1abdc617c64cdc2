package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramDocument;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.MyDataSchema;
import org.wearetogether.testing.RunningService;

/**
 * {@code /mydata} end to end: Anna and Boris each file a request with their own sentinel values through the dialog.
 * Anna asks for her data while the Bot API refuses files: the files wait in her chat's record as names only (no
 * sentinel there), and arrive once it is back, made then: a readable page and JSON, with her values and none of
 * Boris's. A second {@code /mydata} at once is politely refused.
 */
class MyDataIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ANNA_DETAILS = "Door code 4711 SENTINEL-ANNA";
    private static final String BORIS_DETAILS = "Door code 8822 SENTINEL-BORIS";

    @TempDir
    Path data;

    @Test
    void sendsThePersonTheirOwnDataAsAPageAndJsonEvenAfterAnOutageAndNothingOfAnotherPerson() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, "together.telegram.retry.max-delay=1s")) {
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            FakeTelegramUser boris = telegram.user(1002, "Boris", "en");
            RequestFiling.fileThroughTheDialog(
                    anna,
                    new RequestFiling.Answers(
                            "Zinaida Sentinelova",
                            "8 (916) 123-45-67",
                            "Moscow, Tverskaya 1, flat 5",
                            "Groceries and essentials",
                            ANNA_DETAILS,
                            "Anna",
                            "+79031234567"));
            String annaWord =
                    anna.awaitReplyContaining("Code word:").text().replaceAll("(?s).*Code word: \"(\\p{L}+)\".*", "$1");
            RequestFiling.fileThroughTheDialog(
                    boris,
                    new RequestFiling.Answers(
                            "Fyodor Borisovich",
                            "8 (926) 765-43-21",
                            "Moscow, Arbat 9, flat 12",
                            "Groceries and essentials",
                            BORIS_DETAILS,
                            "Boris",
                            "+79037654321"));
            boris.awaitReplyContaining("Code word:");

            seedTheRestOfAnnasData(service);

            telegram.breakDown("sendDocument");
            anna.sendCommand("mydata");
            await().atMost(WAIT).until(() -> telegram.callCount("sendDocument") > 0);
            Document chat = service.database()
                    .getCollection("chats")
                    .find(new Document("_id", "telegram:1001"))
                    .first();
            assertThat(chat.toJson())
                    .as("what the chat record keeps while the files are owed")
                    .contains("mydata.html", "mydata.json")
                    .doesNotContain("SENTINEL", "Sentinelova", annaWord);
            telegram.restore("sendDocument");

            List<FakeTelegramDocument> files = telegram.awaitDocuments(anna.id(), 2, WAIT);
            FakeTelegramDocument page = files.get(0);
            FakeTelegramDocument json = files.get(1);
            assertThat(page.fileName()).endsWith(".html");
            assertThat(page.caption()).contains("everything the bot stores about you");
            assertThat(page.text())
                    .contains("<!DOCTYPE html>", "Your requests for help", "Zinaida Sentinelova", "+79161234567")
                    .contains("Door code 4711 SENTINEL-ANNA", "+79031234567", annaWord, "Your chat with the bot")
                    .doesNotContain("SENTINEL-BORIS", "Fyodor", "+79267654321", "Arbat");
            assertThat(json.fileName()).endsWith(".json");
            JsonNode root = new ObjectMapper().readTree(json.content());
            assertThat(root.path("format").asInt()).isEqualTo(1);
            assertThat(root.path("person").path("userId").asText()).isEqualTo("1001");
            JsonNode request = root.path("sections").path("requests").get(0);
            assertThat(request.path("beneficiaryName").asText()).isEqualTo("Zinaida Sentinelova");
            assertThat(request.path("details").asText()).isEqualTo(ANNA_DETAILS);
            assertThat(request.path("codeWord").asText()).isEqualTo(annaWord);
            assertThat(root.path("sections").path("requests")).hasSize(1);
            assertThat(json.text()).doesNotContain("SENTINEL-BORIS", "Fyodor", "+79267654321");
            assertThat(MyDataSchema.problems(json.content()))
                    .as("the documented shape")
                    .isEmpty();
            assertThat(root.path("sections").fieldNames())
                    .toIterable()
                    .containsExactly("chat", "requests", "volunteer", "tasks", "broadcasts", "roles");
            assertThat(page.text())
                    .contains("Your volunteer profile", "Anna SENTINEL-VOLUNTEER", "Task for request No. MOW-000777")
                    .contains("Announcements", "SENTINEL-BROADCAST", "Your role in the HQ", "Hotline operator")
                    .contains("<dt>Region</dt><dd>Moscow</dd>", "65 or older", "Own car");

            anna.sendCommand("mydata");
            anna.awaitReplyContaining("You can get a new one in 5 min");
            assertThat(telegram.documents(anna.id())).hasSize(2);
            assertThat(telegram.documents(boris.id())).isEmpty();
        }
    }

    /** A volunteer profile, a task, a broadcast received and a role, as their features store them. */
    private static void seedTheRestOfAnnasData(RunningService service) {
        var db = service.database();
        Date at = Date.from(Instant.parse("2026-12-01T10:00:00Z"));
        db.getCollection("volunteers")
                .insertOne(new Document("_id", "1001")
                        .append("chatKey", "telegram:1001")
                        .append("name", "Anna SENTINEL-VOLUNTEER")
                        .append("nameLower", "anna sentinel-volunteer")
                        .append("age", 30)
                        .append("phone", "+79031234567")
                        .append("region", "RU-MOW")
                        .append("district", "Khimki")
                        .append("skills", List.of("own_car"))
                        .append("availability", List.of("weekends"))
                        .append("hours", 4)
                        .append("status", "APPROVED")
                        .append("language", "en")
                        .append("createdAt", at)
                        .append("updatedAt", at));
        db.getCollection("tasks")
                .insertOne(new Document("_id", "t777")
                        .append("liveKey", "t777")
                        .append("number", "MOW-000777")
                        .append("regionCode", "RU-MOW")
                        .append("state", "DONE")
                        .append("volunteerUserId", "1001")
                        .append("volunteerChatKey", "telegram:1001")
                        .append("volunteerFirstName", "Anna")
                        .append("holderId", "901")
                        .append("offeredAt", at)
                        .append("updatedAt", at));
        db.getCollection("broadcasts")
                .insertOne(new Document("_id", 1L)
                        .append("post", new Document("t", "SENTINEL-BROADCAST: parcels at 10"))
                        .append("state", "DONE")
                        .append("reported", true)
                        .append("created", at));
        db.getCollection("broadcast_ledger")
                .insertOne(new Document("_id", "1:000000")
                        .append("b", 1L)
                        .append("n", 0)
                        .append("v", 1L)
                        .append("last", true)
                        .append(
                                "r",
                                List.of(new Document("k", "telegram:1001")
                                        .append("z", "Europe/Moscow")
                                        .append("s", "S")
                                        .append("at", at))));
        db.getCollection("roles").insertOne(new Document("_id", "1001").append("operator", true));
    }
}
