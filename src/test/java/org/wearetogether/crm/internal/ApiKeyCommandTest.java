package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.Roles;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.MongoFixtures;

/** {@code /apikey}: admins get a key shown once; only its hash is stored; others are refused politely. */
class ApiKeyCommandTest {

    static final Person ADMIN = new Person("telegram", "42", "42", "Ira", "ira");
    static final Person STRANGER = new Person("telegram", "7", "7", "Bob", null);

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final ApiKeys keys = new ApiKeys(new MongoApiKeys(mongo.database()), Duration.ofDays(365), clock);
    private final ApiKeyCommand command = new ApiKeyCommand(
            keys,
            org.wearetogether.testing.FixedRegions.of(org.wearetogether.testing.FixedRegions.MOSCOW),
            new AdminGate(new AdminIs("42")));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void anAdminGetsTheKeyOnceAndOnlyItsHashIsStored() {
        String reply = say(ADMIN, "RU-MOW");
        Matcher token = Pattern.compile("wat_[0-9a-f]{12}_\\S{43}").matcher(reply);

        assertThat(token.find()).as(reply).isTrue();
        assertThat(keys.authenticate(token.group()))
                .hasValueSatisfying(k -> assertThat(k.region()).isEqualTo("RU-MOW"));
        Document stored =
                mongo.database().getCollection(MongoApiKeys.COLLECTION).find().first();
        assertThat(stored.toJson()).doesNotContain(token.group().substring(17));
        assertThat(stored.getString("secretHash")).hasSize(64);
        assertThat(stored.getString("createdBy")).isEqualTo("42");
        assertThat(say(ADMIN, "list")).contains("RU-MOW").doesNotContain(token.group());
    }

    @Test
    void theMessageWithTheKeyIsMarkedSecretAndWhatMayBeStoredOfItSaysHowToRevokeAndMakeANewOne() {
        Reply.Message reply = (Reply.Message) command.run(ADMIN, "en", "RU-MOW").get(0);
        Matcher token = Pattern.compile("wat_([0-9a-f]{12})_\\S{43}").matcher(reply.text());
        assertThat(token.find()).isTrue();

        assertThat(reply.carriesSecret()).isTrue();
        assertThat(reply.storable().text())
                .doesNotContain(token.group())
                .doesNotContain(token.group().substring(17))
                .contains("cannot be shown again", "/apikey revoke " + token.group(1), "/apikey RU-MOW");
        assertThat(((Reply.Message) command.run(ADMIN, "ru", "RU-MOW").get(0))
                        .storable()
                        .text())
                .contains("показать его снова нельзя", "/apikey revoke");
        assertThat(((Reply.Message) command.run(ADMIN, "en", "list").get(0)).carriesSecret())
                .isFalse();
    }

    @Test
    void aRevokedKeyNoLongerAuthenticatesAndTheListSaysWhoRevokedIt() {
        String reply = say(ADMIN, "RU-MOW");
        Matcher token = Pattern.compile("wat_([0-9a-f]{12})_\\S{43}").matcher(reply);
        assertThat(token.find()).isTrue();

        assertThat(say(ADMIN, "revoke " + token.group(1))).contains("revoked");
        assertThat(keys.authenticate(token.group())).isEmpty();
        assertThat(say(ADMIN, "list")).contains("revoked 2026-11-25T10:00:00Z (42)");
        assertThat(say(ADMIN, "revoke " + token.group(1))).contains("no valid key");
    }

    @Test
    void aKeyExpiresAfterTheLifetimeGivenAtCreationOrTheDefaultAndIsThenToldApartFromAWrongOne() {
        Matcher shortLived = Pattern.compile("wat_[0-9a-f]{12}_\\S{43}").matcher(say(ADMIN, "RU-MOW 90d"));
        Matcher defaultLived = Pattern.compile("wat_[0-9a-f]{12}_\\S{43}").matcher(say(ADMIN, "RU-MOW"));
        assertThat(shortLived.find()).isTrue();
        assertThat(defaultLived.find()).isTrue();
        assertThat(say(ADMIN, "list"))
                .contains("valid until 2027-02-23T10:00:00Z")
                .contains("valid until 2027-11-25T10:00:00Z");

        clock.advance(Duration.ofDays(89));
        assertThat(keys.authenticate(shortLived.group())).isPresent();
        clock.advance(Duration.ofDays(1));
        assertThat(keys.check(shortLived.group())).isInstanceOf(ApiKeys.Check.Expired.class);
        assertThat(keys.authenticate(shortLived.group())).isEmpty();
        assertThat(keys.authenticate(defaultLived.group())).isPresent();
        assertThat(keys.check("wat_000000000000_" + "A".repeat(43))).isInstanceOf(ApiKeys.Check.Invalid.class);
    }

    @Test
    void aNonAdminAnUnknownRegionAndAGroupChatAreRefusedPolitely() {
        assertThat(say(STRANGER, "RU-MOW")).isEqualTo("Sorry, this command is only for admins.");
        assertThat(say(ADMIN, "RU-XXX")).contains("I do not know the region");
        Person inGroup = new Person("telegram", "-100200", "42", "Ira", "ira");
        assertThat(say(inGroup, "RU-MOW")).contains("private chat");
        assertThat(keys.all()).isEmpty();
    }

    private String say(Person person, String args) {
        List<Reply> replies = command.run(person, "en", args);
        return ((Reply.Message) replies.get(0)).text();
    }

    /** Roles where one user id is the admin. */
    record AdminIs(String admin) implements Roles {
        @Override
        public boolean isAdmin(String userId) {
            return admin.equals(userId);
        }

        @Override
        public Set<String> coordinatedRegions(String userId) {
            return Set.of();
        }

        @Override
        public boolean isOperator(String userId) {
            return false;
        }

        @Override
        public Set<String> coordinatorsOf(String regionCode) {
            return Set.of();
        }

        @Override
        public Set<String> admins() {
            return Set.of(admin);
        }
    }
}
