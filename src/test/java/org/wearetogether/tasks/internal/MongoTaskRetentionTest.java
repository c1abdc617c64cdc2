package org.wearetogether.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.testing.MongoFixtures;

class MongoTaskRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final List<RetentionRule> rules =
            new MongoTaskRetention(mongo.database(), RetentionSettings.defaults()).retentionRules();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void deletesTasksEndedLongerThanThePeriodAgoAndLiveOnesOnlyWhenForgottenFarLonger() {
        task("ended-old", "DONE", 181);
        task("ended-recent", "DECLINED", 179);
        task("live-old", "ACCEPTED", 181); // its request may still be open: kept
        task("live-forgotten", "OFFERED", 241); // 180 days plus the 60 a request may stay open

        assertThat(rule("tasks").expiry().expire(NOW, 10)).isEqualTo(2);

        assertThat(ids("tasks")).containsExactlyInAnyOrder("ended-recent", "live-old");
    }

    @Test
    void deletesWaitsForATypedAnswerOnceLapsed() {
        var waits = mongo.database().getCollection("task_waits");
        waits.insertOne(new Document("_id", "telegram:1").append("until", Date.from(NOW.minusSeconds(1))));
        waits.insertOne(new Document("_id", "telegram:2").append("until", Date.from(NOW.plusSeconds(60))));

        assertThat(rule("task-waits").expiry().expire(NOW, 10)).isEqualTo(1);
        assertThat(ids("task_waits")).containsExactly("telegram:2");
    }

    private void task(String id, String state, int daysAgo) {
        mongo.database()
                .getCollection("tasks")
                .insertOne(new Document("_id", id)
                        .append("liveKey", id)
                        .append("state", state)
                        .append("volunteerUserId", "777")
                        .append("updatedAt", Date.from(NOW.minus(Duration.ofDays(daysAgo)))));
    }

    private List<Object> ids(String collection) {
        List<Object> ids = new ArrayList<>();
        mongo.database().getCollection(collection).find().forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    private RetentionRule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
