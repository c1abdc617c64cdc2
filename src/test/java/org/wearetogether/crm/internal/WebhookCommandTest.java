package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.MongoFixtures;

/** {@code /webhook}: admins switch a region's webhook on (the secret shown once) and off. */
class WebhookCommandTest {

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoWebhooks webhooks = new MongoWebhooks(mongo.database());
    private final WebhookCommand command = new WebhookCommand(
            webhooks,
            org.wearetogether.testing.FixedRegions.of(org.wearetogether.testing.FixedRegions.MOSCOW),
            new AdminGate(new ApiKeyCommandTest.AdminIs("42")),
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void anAdminSwitchesAWebhookOnAndSeesTheSigningSecretThatIsUsedForSigning() {
        String reply = say("RU-MOW https://crm.example/hook");
        Matcher secret = Pattern.compile("whsec_[0-9a-f]{64}").matcher(reply);

        assertThat(secret.find()).as(reply).isTrue();
        assertThat(webhooks.byRegion("RU-MOW"))
                .hasValueSatisfying(w -> assertThat(w.secret()).isEqualTo(secret.group()))
                .hasValueSatisfying(w -> assertThat(w.url()).isEqualTo("https://crm.example/hook"));
        assertThat(say("list")).contains("https://crm.example/hook").doesNotContain(secret.group());
    }

    @Test
    void offSwitchesItOffAndKeepsWhoDidIt() {
        say("RU-MOW https://crm.example/hook");

        assertThat(say("RU-MOW off")).isEqualTo("The webhook of RU-MOW is off.");
        assertThat(webhooks.byRegion("RU-MOW")).isEmpty();
        assertThat(mongo.database()
                        .getCollection(MongoWebhooks.COLLECTION)
                        .find()
                        .first()
                        .getString("offBy"))
                .isEqualTo("42");
        assertThat(say("RU-MOW off")).isEqualTo("RU-MOW has no webhook.");
    }

    @Test
    void plainHttpIsRefusedExceptOnThisMachineAndUnknownRegionsAreRefused() {
        assertThat(say("RU-MOW http://crm.example/hook")).contains("must start with https://");
        assertThat(say("RU-MOW ftp://crm.example/hook")).contains("must start with https://");
        assertThat(say("RU-XXX https://crm.example/hook")).contains("I do not know the region");
        assertThat(webhooks.all()).isEmpty();
        assertThat(WebhookCommand.acceptable("http://127.0.0.1:8099/hook")).isTrue();
    }

    private String say(String args) {
        return ((Reply.Message) command.run(ApiKeyCommandTest.ADMIN, "en", args).get(0)).text();
    }
}
