package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;

/** {@code /webhook}: admins switch a region's webhook on (the secret shown once, stored sealed) and off. */
class WebhookCommandTest {

    static final String TEST_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes, tests only

    private static final Map<String, String> DNS = Map.of(
            "crm.example", "93.184.216.34",
            "internal.example", "10.1.2.3",
            "metadata.example", "169.254.169.254",
            "crm.hq.lan", "192.168.7.7");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final WebhookSecrets secrets = new WebhookSecrets(SecretBox.fromSetting(TEST_KEY));
    private final MongoWebhooks webhooks = new MongoWebhooks(mongo.database(), secrets);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void anAdminSwitchesAWebhookOnAndSeesTheSigningSecretWhichIsStoredOnlyEncrypted() {
        String reply = say(command(List.of()), "RU-MOW https://crm.example/hook");
        Matcher secret = Pattern.compile("whsec_[0-9a-f]{64}").matcher(reply);

        assertThat(secret.find()).as(reply).isTrue();
        assertThat(webhooks.byRegion("RU-MOW"))
                .hasValueSatisfying(w -> assertThat(w.secret()).isEqualTo(secret.group()))
                .hasValueSatisfying(w -> assertThat(w.url()).isEqualTo("https://crm.example/hook"));
        Document stored = storedDocument();
        assertThat(stored.toJson())
                .doesNotContain(secret.group())
                .doesNotContain(secret.group().substring(6, 30));
        assertThat(stored.getString("secret")).startsWith(SecretBox.PREFIX);
        assertThat(say(command(List.of()), "list"))
                .contains("https://crm.example/hook")
                .doesNotContain(secret.group());
    }

    @Test
    void theMessageWithTheSecretIsMarkedSecretAndWhatMayBeStoredOfItSaysHowToGetANewOne() {
        Reply.Message reply = (Reply.Message) command(List.of())
                .run(ApiKeyCommandTest.ADMIN, "en", "RU-MOW https://crm.example/hook")
                .get(0);
        Matcher secret = Pattern.compile("whsec_[0-9a-f]{64}").matcher(reply.text());
        assertThat(secret.find()).isTrue();

        assertThat(reply.carriesSecret()).isTrue();
        assertThat(reply.storable().text())
                .doesNotContain(secret.group())
                .doesNotContain(secret.group().substring(6, 30))
                .contains("shown only once", "/webhook RU-MOW https://crm.example/hook", "/webhook RU-MOW off");
        assertThat(((Reply.Message) command(List.of())
                                .run(ApiKeyCommandTest.ADMIN, "en", "list")
                                .get(0))
                        .carriesSecret())
                .isFalse();
    }

    @Test
    void withoutTheSecretKeyAWebhookIsRefusedWithAMessageForTheAdminAndNothingIsStored() {
        WebhookSecrets none = WebhookSecrets.none();
        WebhookCommand command = new WebhookCommand(
                new MongoWebhooks(mongo.database(), none),
                FixedRegions.of(FixedRegions.MOSCOW),
                new AdminGate(new ApiKeyCommandTest.AdminIs("42")),
                targets(List.of()),
                none,
                Duration.ofDays(1),
                clock);

        assertThat(say(command, "RU-MOW https://crm.example/hook")).contains("TOGETHER_SECRET_KEY");
        assertThat(mongo.database().getCollection(MongoWebhooks.COLLECTION).countDocuments())
                .isZero();
    }

    @Test
    void aStoredSecretDoesNotOpenWithAnotherKey() {
        say(command(List.of()), "RU-MOW https://crm.example/hook");
        WebhookSecrets other =
                new WebhookSecrets(SecretBox.fromSetting("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="));

        assertThat(new MongoWebhooks(mongo.database(), other).byRegion("RU-MOW"))
                .hasValueSatisfying(
                        w -> assertThat(w.signingSecrets(clock.instant())).isEmpty());
    }

    @Test
    void aSecretStoredInPlainTextBeforeEncryptionIsSealedInPlaceAtStartAndStillSigns() {
        mongo.database()
                .getCollection(MongoWebhooks.COLLECTION)
                .insertOne(new Document("region", "RU-SPE")
                        .append("active", true)
                        .append("url", "https://crm.example/spb")
                        .append("secret", "whsec_legacy")
                        .append("createdBy", "42")
                        .append("createdAt", java.util.Date.from(clock.instant()))
                        .append("sweptUpTo", java.util.Date.from(clock.instant())));

        MongoWebhooks restarted = new MongoWebhooks(mongo.database(), secrets);

        assertThat(mongo.database()
                        .getCollection(MongoWebhooks.COLLECTION)
                        .find(new Document("region", "RU-SPE"))
                        .first()
                        .getString("secret"))
                .startsWith(SecretBox.PREFIX);
        assertThat(restarted.byRegion("RU-SPE"))
                .hasValueSatisfying(w -> assertThat(w.secret()).isEqualTo("whsec_legacy"));
    }

    @Test
    void aNewSecretOverlapsTheOldOneForADayThenTheOldOneStopsSigning() {
        WebhookCommand command = command(List.of());
        String first = secretIn(say(command, "RU-MOW https://crm.example/hook"));
        clock.advance(Duration.ofHours(1));
        String replaced = say(command, "RU-MOW https://crm.example/hook2");
        String second = secretIn(replaced);

        assertThat(replaced).contains("previous secret also signs until 2026-11-26T11:00:00Z");
        Webhook webhook = webhooks.byRegion("RU-MOW").orElseThrow();
        assertThat(webhook.signingSecrets(clock.instant())).containsExactly(second, first);
        assertThat(webhook.signingSecrets(clock.instant().plus(Duration.ofHours(24))))
                .containsExactly(second);
        assertThat(storedDocument().toJson()).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void offSwitchesItOffForgetsTheSecretAndKeepsWhoDidIt() {
        say(command(List.of()), "RU-MOW https://crm.example/hook");

        assertThat(say(command(List.of()), "RU-MOW off")).isEqualTo("The webhook of RU-MOW is off.");
        assertThat(webhooks.byRegion("RU-MOW")).isEmpty();
        assertThat(storedDocument().getString("offBy")).isEqualTo("42");
        assertThat(storedDocument().containsKey("secret")).isFalse();
        assertThat(say(command(List.of()), "RU-MOW off")).isEqualTo("RU-MOW has no webhook.");
    }

    @Test
    void privateLoopbackAndMetadataTargetsArePlainHttpAndUnknownRegionsAreRefused() {
        WebhookCommand command = command(List.of());
        assertThat(say(command, "RU-MOW http://crm.example/hook")).contains("must be an https:// address");
        assertThat(say(command, "RU-MOW ftp://crm.example/hook")).contains("must be an https:// address");
        assertThat(say(command, "RU-MOW https://127.0.0.1:8099/hook")).contains("127.0.0.1");
        assertThat(say(command, "RU-MOW https://[::1]/hook")).contains("cannot be used");
        assertThat(say(command, "RU-MOW https://internal.example/hook")).contains("10.1.2.3");
        assertThat(say(command, "RU-MOW https://metadata.example/latest")).contains("169.254.169.254");
        assertThat(say(command, "RU-MOW https://[fd00:ec2::254]/")).contains("cannot be used");
        assertThat(say(command, "RU-MOW https://user:pw@crm.example/hook")).contains("cannot be used");
        assertThat(say(command, "RU-XXX https://crm.example/hook")).contains("I do not know the region");
        assertThat(webhooks.all()).isEmpty();
    }

    @Test
    void theAllowListLetsACrmInsideTheNetworkByAddressBlockOrHostName() {
        assertThat(say(command(List.of("192.168.0.0/16")), "RU-MOW http://crm.hq.lan/hook"))
                .contains("must be an https:// address");
        assertThat(say(command(List.of("192.168.0.0/16")), "RU-MOW https://crm.hq.lan/hook"))
                .contains("whsec_");
        assertThat(say(command(List.of("crm.hq.lan")), "RU-MOW http://crm.hq.lan/hook"))
                .contains("whsec_");
        assertThat(say(command(List.of("127.0.0.1")), "RU-MOW http://127.0.0.1:8099/hook"))
                .contains("whsec_");
        assertThat(say(command(List.of("192.168.0.0/16")), "RU-MOW https://internal.example/hook"))
                .contains("10.1.2.3");
    }

    static WebhookTargets targets(List<String> allow) {
        return new WebhookTargets(allow, host -> {
            String address = Optional.ofNullable(DNS.get(host)).orElse(host);
            return new InetAddress[] {InetAddress.getByName(address)};
        });
    }

    private WebhookCommand command(List<String> allow) {
        return new WebhookCommand(
                webhooks,
                FixedRegions.of(FixedRegions.MOSCOW),
                new AdminGate(new ApiKeyCommandTest.AdminIs("42")),
                targets(allow),
                secrets,
                Duration.ofDays(1),
                clock);
    }

    private Document storedDocument() {
        return mongo.database().getCollection(MongoWebhooks.COLLECTION).find().first();
    }

    private static String secretIn(String reply) {
        Matcher secret = Pattern.compile("whsec_[0-9a-f]{64}").matcher(reply);
        assertThat(secret.find()).as(reply).isTrue();
        return secret.group();
    }

    private String say(WebhookCommand command, String args) {
        return ((Reply.Message) command.run(ApiKeyCommandTest.ADMIN, "en", args).get(0)).text();
    }
}
