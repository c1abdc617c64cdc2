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
}
