package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.IntakeSettings;

class ExpiringPersonalDataTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant CREATED = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final ExpiringPersonalData expiring = new ExpiringPersonalData(
            requests,
            new IntakeSettings(Duration.ofDays(180), Duration.ofMinutes(1), 3),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void looksHourlyOnTheLeaseHolderFirstAMinuteAfterStart() {
        assertThat(expiring.name()).isEqualTo("personal-data-expiry");
        assertThat(expiring.schedule())
                .isEqualTo(org.wearetogether.jobs.Schedule.every(Duration.ofHours(1))
                        .firstAfter(Duration.ofMinutes(1)));
    }

    @Test
    void erasesPersonalDataOfRequestsClosedLongerThanTheRetentionPeriod() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("old-done"), CREATED));
        close("MOW-000001", "DONE", NOW.minus(Duration.ofDays(181)));

        assertThat(expiring.eraseExpired()).isEqualTo(1);

        Document stored = request("MOW-000001");
        assertThat(stored).doesNotContainKeys("requester", "address", "details", "answers");
        assertThat(stored.getString("status")).isEqualTo("DONE");
    }

    @Test
    void keepsRecentlyClosedAndOpenRequests() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("recent-done"), CREATED));
        requests.submit(RequestAnswers.draft(Submissions.forRelative("old-open"), CREATED));
        close("MOW-000001", "DONE", NOW.minus(Duration.ofDays(30)));
        database.getCollection("requests")
                .updateOne(
                        Filters.eq("number", "MOW-000002"),
                        Updates.set("updatedAt", Date.from(NOW.minus(Duration.ofDays(400)))));

        assertThat(expiring.eraseExpired()).isZero();
        assertThat(request("MOW-000001")).containsKey("requester");
        assertThat(request("MOW-000002")).containsKey("requester");
    }

    private void close(String number, String status, Instant at) {
        database.getCollection("requests")
                .updateOne(
                        Filters.eq("number", number),
                        Updates.combine(Updates.set("status", status), Updates.set("updatedAt", Date.from(at))));
    }

    private Document request(String number) {
        return database.getCollection("requests")
                .find(Filters.eq("number", number))
                .first();
    }
}
