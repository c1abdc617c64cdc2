package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.crm.internal.CrmFixtures.get;
import static org.wearetogether.crm.internal.CrmFixtures.submit;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** An admin asks the bot for a key and a CRM uses it; a key the bot never showed again is the only copy. */
class ApiKeyFromTheBotIT {

    @TempDir
    Path data;

    @Test
    void anAdminGetsAKeyFromTheBotThatTheCrmThenUsesAndANonAdminGetsNone() {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram,
                        data,
                        "spring.main.sources=" + AdminsFromSettings.class.getName(),
                        "together.access.admins=1001")) {
            FakeTelegramUser admin = telegram.user(1001, "Ira", "en");
            FakeTelegramUser stranger = telegram.user(2002, "Bob", "en");
            String number = submit(service, "RU-MOW", "conv-bot-1");

            admin.sendCommand("apikey RU-MOW");
            Matcher token = Pattern.compile("wat_[0-9a-f]{12}_\\S{43}")
                    .matcher(admin.awaitReplyContaining("wat_").text());
            stranger.sendCommand("apikey RU-MOW");
            stranger.awaitReplyContaining("only for admins");

            assertThat(token.find()).isTrue();
            assertThat(get(service, "/requests/" + number, token.group()).statusCode())
                    .isEqualTo(200);
            assertThat(service.bean(ApiKeys.class).all()).hasSize(1);
        }
    }

    @Test
    void aKeyWhoseMessageTelegramDidNotTakeBeforeARestartIsNeverShownNorStoredAndTheAdminLearnsWhatToDo()
            throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            FakeTelegramUser admin = telegram.user(1001, "Ira", "en");
            String[] settings = {
                "spring.main.sources=" + AdminsFromSettings.class.getName(), "together.access.admins=1001"
            };
            try (RunningService service = RunningService.start(telegram, data, settings)) {
                telegram.breakDown("sendMessage");
                long asked = admin.sendCommand("apikey RU-MOW");
                org.awaitility.Awaitility.await()
                        .atMost(java.time.Duration.ofSeconds(30))
                        .until(() -> telegram.confirmedOffset() > asked);
                org.bson.Document chat = service.database()
                        .getCollection("chats")
                        .find(com.mongodb.client.model.Filters.eq("_id", "telegram:1001"))
                        .first();
                assertThat(chat.getList("owed", org.bson.Document.class)).hasSize(1);
                assertThat(chat.toJson()).doesNotContain("wat_").contains("cannot be shown again");
            }
            assertThat(new String(
                            java.nio.file.Files.readAllBytes(data.resolve("mongo.mv.db")),
                            java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("wat_");
            telegram.restore("sendMessage");
            try (RunningService restarted = RunningService.start(telegram, data, settings)) {
                String told =
                        admin.awaitReplyContaining("cannot be shown again").text();
                String id = keys(restarted).all().get(0).id();
                assertThat(told).contains("/apikey revoke " + id).contains("/apikey RU-MOW");
                assertThat(admin.messages()).noneMatch(m -> m.text().contains("wat_"));
            }
        }
    }

    private static ApiKeys keys(RunningService service) {
        return service.bean(ApiKeys.class);
    }
}
