package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.ClosingReasons;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.jobs.RetentionRule;

class IntakeRetentionTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant FILED = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "501", "Olga");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final List<Object> events = new ArrayList<>();
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, events::add);
    private final IntakeRetention retention = new IntakeRetention(
            requests,
            lifecycle,
            new ErasingRequests(
                    requests,
                    lifecycle,
                    events::add,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    Pseudonyms.fromSecret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final RetentionRule stale = retention.staleOpenRequests(Duration.ofDays(60));
    private final RetentionRule closed = retention.closedRequestsPersonalData(Duration.ofDays(180));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void closesAnOpenRequestWithoutChangeForThePeriodThroughTheLifecycleWithAReasonCode() {
        file("stale");
        lastChange("MOW-000001", NOW.minus(Duration.ofDays(61)));

        assertThat(stale.expiry().expire(NOW, 10)).isEqualTo(1);

        Document stored = request("MOW-000001");
        assertThat(stored.getString("status")).isEqualTo("CANCELLED");
        assertThat(stored.getString("statusReason")).isEqualTo(ClosingReasons.STALE);
        assertThat(stored).as("closing is not erasing").containsKey("requester");
        RequestStatusChanged changed = (RequestStatusChanged) events.getFirst();
        assertThat(changed.change().actor()).isEqualTo(IntakeRetention.RETENTION);
        assertThat(changed.change().to()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(lifecycle.history("MOW-000001")).hasSize(1);
        assertThat(stale.expiry().expire(NOW, 10)).as("closed once").isZero();
    }

    @Test
    void closesATakenRequestLeftWithoutChangeToo() {
        file("taken");
        lifecycle.take("MOW-000001", OLGA, FILED);
        lastChange("MOW-000001", NOW.minus(Duration.ofDays(90)));

        assertThat(stale.expiry().expire(NOW, 10)).isEqualTo(1);
        assertThat(request("MOW-000001").getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void keepsOpenRequestsChangedWithinThePeriod() {
        file("recent");
        lastChange("MOW-000001", NOW.minus(Duration.ofDays(59)));

        assertThat(stale.expiry().expire(NOW, 10)).isZero();
        assertThat(request("MOW-000001").getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void erasesAClosedRequestsPersonalDataAndCommentsAfterThePeriodAndAnnouncesItOnce() {
        file("done");
        lifecycle.take("MOW-000001", OLGA, FILED);
        lifecycle.change("MOW-000001", OLGA, RequestStatus.VOLUNTEER_ASSIGNED, "Ivan, +79990001122", FILED);
        lifecycle.change("MOW-000001", OLGA, RequestStatus.CANNOT_FULFIL, "Maria moved to Tver", FILED);
        lastChange("MOW-000001", NOW.minus(Duration.ofDays(181)));
        events.clear();

        assertThat(closed.expiry().expire(NOW, 10)).isEqualTo(1);

        Document stored = request("MOW-000001");
        assertThat(stored)
                .doesNotContainKeys("requester", "beneficiary.name", "address", "details", "answers")
                .containsKey("personalDataDeletedAt");
        assertThat(stored.getString("statusReason"))
                .as("a reason a person wrote is replaced")
                .isEqualTo(MongoHelpRequests.ERASED_REASON);
        assertThat(stored.get("beneficiary", Document.class)).doesNotContainKeys("name", "phone");
        assertThat(stored.getList("history", Document.class))
                .hasSize(3)
                .allSatisfy(change -> assertThat(change).doesNotContainKey("comment"));
        assertThat(stored.getString("status")).isEqualTo("CANNOT_FULFIL");
        assertThat(events).containsExactly(new RequestErased("MOW-000001", RequestErased.Why.RETENTION));

        assertThat(closed.expiry().expire(NOW.plus(Duration.ofDays(1)), 10)).isZero();
        assertThat(events).as("once per request").hasSize(1);
    }

    @Test
    void keepsTheStaleCodeAsItsReasonAndTheRatingWithoutItsComment() {
        file("rated");
        lifecycle.take("MOW-000001", OLGA, FILED);
        lifecycle.change("MOW-000001", OLGA, RequestStatus.DONE, null, FILED);
        lifecycle.rate("MOW-000001", Submissions.ANNA.chatKey(), 5, "Thanks, Olga! Call me on +79035556677", FILED);
        file("stale-closed");
        lifecycle.change("MOW-000002", IntakeRetention.RETENTION, RequestStatus.CANCELLED, ClosingReasons.STALE, FILED);
        lastChange("MOW-000001", NOW.minus(Duration.ofDays(200)));
        lastChange("MOW-000002", NOW.minus(Duration.ofDays(200)));

        assertThat(closed.expiry().expire(NOW, 10)).isEqualTo(2);

        assertThat(request("MOW-000001").get("rating", Document.class))
                .containsEntry("stars", 5)
                .doesNotContainKey("comment");
        assertThat(request("MOW-000002").getString("statusReason")).isEqualTo(ClosingReasons.STALE);
    }

    @Test
    void keepsPersonalDataOfOpenAndRecentlyClosedRequests() {
        file("open");
        file("recent");
        lastChange("MOW-000001", NOW.minus(Duration.ofDays(400)));
        lifecycle.change("MOW-000002", Actor.SYSTEM, RequestStatus.CANCELLED, null, NOW.minus(Duration.ofDays(179)));

        assertThat(closed.expiry().expire(NOW, 10)).isZero();
        assertThat(request("MOW-000001")).containsKey("requester");
        assertThat(request("MOW-000002")).containsKey("requester");
    }

    @Test
    void erasesInBoundedBatches() {
        for (int i = 0; i < 5; i++) {
            file("batch-" + i);
            lifecycle.change(
                    "MOW-00000" + (i + 1),
                    Actor.SYSTEM,
                    RequestStatus.CANCELLED,
                    null,
                    NOW.minus(Duration.ofDays(200)));
        }

        assertThat(closed.expiry().expire(NOW, 2)).isEqualTo(2);
        assertThat(closed.expiry().expire(NOW, 2)).isEqualTo(2);
        assertThat(closed.expiry().expire(NOW, 2)).isEqualTo(1);
    }

    @Test
    void forgetsAChatsRememberedNumbersOnceItsRequestsHaveAllClosed() {
        file("mine"); // filed on FILED, by Anna
        RetentionRule remembered = retention.rememberedNumbers(Duration.ofDays(60));
        var byChat = database.getCollection(MongoHelpRequests.OPEN_BY_CHAT);
        assertThat(byChat.countDocuments()).isEqualTo(1);

        assertThat(remembered.expiry().expire(FILED.plus(Duration.ofDays(60)), 10))
                .isZero();
        assertThat(remembered.expiry().expire(FILED.plus(Duration.ofDays(62)), 10))
                .isEqualTo(1);
        assertThat(byChat.countDocuments()).isZero();
    }

    private void file(String conversation) {
        requests.submit(RequestAnswers.draft(Submissions.forRelative(conversation), FILED));
    }

    private void lastChange(String number, Instant at) {
        database.getCollection("requests")
                .updateOne(Filters.eq("number", number), Updates.set("updatedAt", Date.from(at)));
    }

    private Document request(String number) {
        return database.getCollection("requests")
                .find(Filters.eq("number", number))
                .first();
    }
}
