package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.dialog.Person;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.testing.MongoFixtures;

class MongoChatRetentionTest {

    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");
    private static final Duration PERIOD = Duration.ofDays(180);
    private static final Person ANNA = new Person("telegram", "7", "7", "Anna", "anna");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoChats chats = new MongoChats(
            mongo.database(), new ChatSettings("8 800", 1000, Duration.ofHours(1), Duration.ofSeconds(30)));
    private final RetentionRule rule = new MongoChatRetention(mongo.database(), chats).inactiveFor(PERIOD);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void deletesAChatWithoutActivityForThePeriodAndItsCachedCopy() {
        write("telegram:7", T0);
        write("telegram:8", T0.plus(Duration.ofDays(10)));

        assertThat(rule.expiry().expire(T0.plus(PERIOD).plusSeconds(1), 10)).isEqualTo(1);

        assertThat(chats.load("telegram:7").version()).as("starts afresh").isZero();
        assertThat(chats.load("telegram:8").person()).isEqualTo(ANNA);
        assertThat(mongo.database().getCollection("chats").countDocuments()).isEqualTo(1);
    }

    @Test
    void keepsAChatThatWroteWithinThePeriod() {
        write("telegram:7", T0.plus(Duration.ofDays(100)));

        assertThat(rule.expiry().expire(T0.plus(PERIOD), 10)).isZero();
        assertThat(chats.load("telegram:7").person()).isEqualTo(ANNA);
    }

    @Test
    void aRecordThatNeverHadAnInputIsDatedWhenFirstSeen() {
        mongo.database()
                .getCollection("chats")
                .insertOne(new org.bson.Document("_id", "telegram:9")
                        .append("v", 1L)
                        .append("lastUpdateId", 0L)
                        .append("owed", List.of())
                        .append("owedSeq", 0L));

        assertThat(rule.expiry().expire(T0, 10)).isZero();
        assertThat(rule.expiry().expire(T0.plus(PERIOD).minusSeconds(1), 10)).isZero();
        assertThat(rule.expiry().expire(T0.plus(PERIOD).plusSeconds(1), 10)).isEqualTo(1);
    }

    private void write(String key, Instant at) {
        ChatRecord fresh = chats.load(key);
        assertThat(chats.save(fresh.applied(1, ANNA, List.of(), at))).isTrue();
    }
}
