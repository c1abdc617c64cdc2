package org.wearetogether.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.testing.MongoFixtures;

/** The rules of login links and sessions, on the embedded store, without a browser. */
class ConsoleLoginTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoConsoleLogins logins = new MongoConsoleLogins(mongo.database());
    private final MongoConsoleSessions sessions = new MongoConsoleSessions(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aLinkWorksOnceAndOnlyItsHashIsStored() {
        String token = logins.issue("901", "Olga", "en", NOW, NOW.plus(Duration.ofMinutes(10)));
        Document stored = mongo.database()
                .getCollection(MongoConsoleLogins.COLLECTION)
                .find()
                .first();
        assertThat(stored.toJson()).doesNotContain(token).contains(Hashes.sha256(token));

        assertThat(logins.consume(token, NOW.plusSeconds(60)))
                .contains(new MongoConsoleLogins.Login("901", "Olga", "en"));
        assertThat(logins.consume(token, NOW.plusSeconds(61))).isEmpty();
        assertThat(mongo.database().getCollection(MongoConsoleLogins.COLLECTION).countDocuments())
                .isZero();
    }

    @Test
    void twoClicksAtOnceOpenOneLogin() throws Exception {
        for (int round = 0; round < 5; round++) {
            String token = logins.issue("901", "Olga", "en", NOW, NOW.plus(Duration.ofMinutes(10)));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Boolean>> clicks = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    clicks.add(() -> logins.consume(token, NOW).isPresent());
                }
                long won = 0;
                for (Future<Boolean> f : pool.invokeAll(clicks)) {
                    won += f.get() ? 1 : 0;
                }
                assertThat(won).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void anExpiredUnknownOrMalformedLinkOpensNothing() {
        String token = logins.issue("901", "Olga", "en", NOW, NOW.plus(Duration.ofMinutes(10)));
        assertThat(logins.consume(token, NOW.plus(Duration.ofMinutes(10)))).isEmpty();
        assertThat(logins.consume(Hashes.newToken(), NOW)).isEmpty();
        assertThat(logins.consume("../../etc/passwd", NOW)).isEmpty();
        assertThat(logins.consume(null, NOW)).isEmpty();
    }

    @Test
    void unusedLinksAndEndedSessionsExpire() {
        logins.issue("901", "Olga", "en", NOW, NOW.plus(Duration.ofMinutes(10)));
        String fresh = logins.issue("902", "Petr", "en", NOW, NOW.plus(Duration.ofHours(1)));
        sessions.open("901", "Olga", "en", NOW, NOW.plus(Duration.ofHours(12)));
        var live = sessions.open("902", "Petr", "en", NOW, NOW.plus(Duration.ofHours(24)));
        assertThat(logins.expire(NOW.plus(Duration.ofMinutes(30)), 100)).isEqualTo(1);
        Instant later = NOW.plus(Duration.ofHours(13));
        assertThat(sessions.expire(later, 100)).isEqualTo(1);
        assertThat(sessions.find(live.id(), later)).isPresent();
        assertThat(logins.consume(fresh, NOW.plusSeconds(1))).isPresent();
    }

    @Test
    void aSessionIsFoundByItsCookieUntilItExpiresOrIsClosed() {
        var opened = sessions.open("901", "Olga", "en", NOW, NOW.plus(Duration.ofHours(12)));
        Document stored = mongo.database()
                .getCollection(MongoConsoleSessions.COLLECTION)
                .find()
                .first();
        assertThat(stored.toJson()).doesNotContain(opened.id());

        assertThat(sessions.find(opened.id(), NOW.plus(Duration.ofHours(11)))).contains(opened.session());
        assertThat(sessions.find(opened.id(), NOW.plus(Duration.ofHours(12)))).isEmpty();
        assertThat(mongo.database()
                        .getCollection(MongoConsoleSessions.COLLECTION)
                        .countDocuments())
                .as("an expired session is deleted when it is met")
                .isZero();

        var again = sessions.open("901", "Olga", "en", NOW, NOW.plus(Duration.ofHours(12)));
        assertThat(sessions.close(again.id())).isTrue();
        assertThat(sessions.find(again.id(), NOW)).isEmpty();
        assertThat(sessions.close(again.id())).isFalse();
    }

    @Test
    void mydataListsTheSessionsWithoutIdsInTheDocumentedShape() {
        var opened = sessions.open("901", "Olga", "en", NOW, NOW.plus(Duration.ofHours(12)));
        var data = new ConsolePersonalData(sessions, logins);
        var olga = new org.wearetogether.dialog.Person("telegram", "901", "901", "Olga", null);
        var section = data.export(olga, "en").orElseThrow();
        assertThat(section.key()).isEqualTo("console");
        assertThat(org.wearetogether.testing.MyDataSchema.sectionProblems("console", section.data()))
                .isEmpty();
        assertThat(section.toString())
                .contains("2026-12-08T10:00:00Z")
                .doesNotContain(opened.id())
                .doesNotContain(opened.session().csrf());
        assertThat(data.export(olga, "ru").orElseThrow().title()).isEqualTo("Вход в веб-консоль штаба");
        assertThat(data.export(new org.wearetogether.dialog.Person("telegram", "5", "5", "X", null), "en"))
                .isEmpty();
    }

    @Test
    void anEndedSessionSaysWhyAndPrivacyEndsThemAll() {
        var one = sessions.open("901", "Olga", "en", NOW, NOW.plus(Duration.ofHours(12)));
        var two = sessions.open("901", "Olga", "en", NOW, NOW.plus(Duration.ofHours(12)));
        var other = sessions.open("902", "Petr", "en", NOW, NOW.plus(Duration.ofHours(12)));
        sessions.end(one.id(), "removed");
        assertThat(sessions.find(one.id(), NOW).orElseThrow().ended()).isEqualTo("removed");

        logins.issue("901", "Olga", "en", NOW, NOW.plus(Duration.ofMinutes(10)));
        new ConsolePersonalData(sessions, logins)
                .forget(new org.wearetogether.dialog.Person("telegram", "901", "901", "Olga", null));
        assertThat(sessions.find(two.id(), NOW)).isEmpty();
        assertThat(sessions.find(other.id(), NOW)).isPresent();
        assertThat(mongo.database()
                        .getCollection(MongoConsoleLogins.COLLECTION)
                        .countDocuments(new Document("userId", "901")))
                .isZero();
    }
}
