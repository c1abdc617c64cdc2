package org.wearetogether.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.console.ConsoleSettings;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.MongoFixtures;

/** {@code /console}: a secret one-time link for staff in a private chat, a polite answer for everyone else. */
class ConsoleCommandTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final Person OLGA = new Person("telegram", "901", "901", "Olga", null);
    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoConsoleLogins logins = new MongoConsoleLogins(mongo.database());
    private final ConsoleGateTest.SomeRoles roles = new ConsoleGateTest.SomeRoles();

    @AfterEach
    void close() {
        mongo.close();
    }

    private ConsoleCommand command(String publicUrl) {
        return new ConsoleCommand(
                roles,
                logins,
                new ConsoleSettings(publicUrl, Duration.ofMinutes(10), Duration.ofHours(12)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void staffGetASecretLinkThatLogsInOnce() {
        roles.coordinators.add("901");
        List<Reply> replies = command("https://help.example.org/").run(OLGA, "en", "");
        Reply.Message message = (Reply.Message) replies.getFirst();
        assertThat(message.carriesSecret()).isTrue();
        Matcher link = Pattern.compile("https://help\\.example\\.org/console/login/([A-Za-z0-9_-]{43})")
                .matcher(message.text());
        assertThat(link.find()).as(message.text()).isTrue();
        assertThat(message.text()).contains("10 minutes");
        assertThat(message.storable().text()).doesNotContain(link.group(1)).contains("/console again");
        assertThat(logins.consume(link.group(1), NOW.plusSeconds(30))).isPresent();
    }

    @Test
    void inRussian() {
        roles.admins.add("901");
        Reply.Message message = (Reply.Message)
                command("https://help.example.org").run(OLGA, "ru", "").getFirst();
        assertThat(message.text()).startsWith("Ваша ссылка для входа в консоль");
    }

    @Test
    void nonStaffAGroupOrAMissingAddressGetAPoliteAnswerAndNoLink() {
        assertThat(text(command("https://help.example.org").run(OLGA, "en", "")))
                .isEqualTo(ConsoleCommand.NOT_STAFF.in("en"));
        roles.coordinators.add("901");
        Person inAGroup = new Person("telegram", "-100", "901", "Olga", null);
        assertThat(text(command("https://help.example.org").run(inAGroup, "en", "")))
                .isEqualTo(ConsoleCommand.NOT_PRIVATE.in("en"));
        assertThat(text(command("").run(OLGA, "ru", ""))).isEqualTo(ConsoleCommand.NOT_SET_UP.in("ru"));
        assertThat(mongo.database().getCollection(MongoConsoleLogins.COLLECTION).countDocuments())
                .isZero();
    }

    @Test
    void theCookieIsSecureBehindHttps() {
        assertThat(new ConsoleSettings("https://help.example.org/", Duration.ZERO, Duration.ZERO).secure())
                .isTrue();
        assertThat(new ConsoleSettings("http://127.0.0.1:8080", Duration.ZERO, Duration.ZERO).secure())
                .isFalse();
    }

    private static String text(List<Reply> replies) {
        Reply.Message message = (Reply.Message) replies.getFirst();
        assertThat(message.carriesSecret()).isFalse();
        return message.text();
    }
}
