package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestStatus;

class ForgettingRequesterTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant CREATED = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant FORGOTTEN = Instant.parse("2026-12-01T08:00:00Z");
    private static final Pseudonyms PSEUDONYMS = Pseudonyms.fromSecret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final List<Object> published = new ArrayList<>();
    private final ForgettingRequester forgetting = forgettingAt(FORGOTTEN);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void removesPersonalFieldsAndKeepsTheStatistics() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), CREATED));

        forgetting.forget(Submissions.ANNA);

        Document stored = request("MOW-000001");
        assertThat(stored).doesNotContainKeys("requester", "address", "details", "answers");
        assertThat(stored.get("beneficiary", Document.class)).isEqualTo(new Document("ageGroup", "age_65_plus"));
        assertThat(stored.getString("regionCode")).isEqualTo("RU-MOW");
        assertThat(stored.getList("needs", String.class)).containsExactly("groceries", "medicines");
        assertThat(stored.getString("urgency")).isEqualTo("today");
        assertThat(stored.getDate("createdAt")).isEqualTo(Date.from(CREATED));
        assertThat(stored.getDate("personalDataDeletedAt")).isEqualTo(Date.from(FORGOTTEN));
        assertThat(stored.toJson()).doesNotContain("Мария", "Анна", "+7916", "+7903", "Химки", "Домофон", "1001");
    }

    @Test
    void cancelsOpenRequestsThroughTheLifecycleAndLeavesFinishedOnesAsTheyEnded() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), CREATED));
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a2"), CREATED));
        database.getCollection("requests").updateOne(Filters.eq("number", "MOW-000002"), Updates.set("status", "DONE"));

        forgetting.forget(Submissions.ANNA);

        assertThat(request("MOW-000001").getString("status")).isEqualTo("CANCELLED");
        assertThat(lifecycle().history("MOW-000001"))
                .singleElement()
                .satisfies(change -> assertThat(change.to()).isEqualTo(RequestStatus.CANCELLED));
        assertThat(request("MOW-000002").getString("status")).isEqualTo("DONE");
        assertThat(request("MOW-000002")).doesNotContainKeys("requester");
    }

    @Test
    void publishesRequestErasedOncePerRequestAndMarksItTold() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), CREATED));
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a2"), CREATED));

        forgetting.forget(Submissions.ANNA);
        forgettingAt(FORGOTTEN.plusSeconds(60)).forget(Submissions.ANNA);

        assertThat(published)
                .filteredOn(RequestErased.class::isInstance)
                .containsExactlyInAnyOrder(
                        new RequestErased("MOW-000001", RequestErased.Why.REQUESTER),
                        new RequestErased("MOW-000002", RequestErased.Why.REQUESTER));
        assertThat(request("MOW-000001").get("erasure", Document.class).getBoolean("told"))
                .isTrue();
    }

    @Test
    void erasesStatusReasonsRatingCommentsAndHistoryComments() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), CREATED));
        var coordinator =
                new org.wearetogether.intake.Actor(org.wearetogether.intake.Actor.Role.COORDINATOR, "501", "Olga");
        lifecycle().take("MOW-000001", coordinator, CREATED);
        lifecycle().change("MOW-000001", coordinator, RequestStatus.DONE, "Мария в больнице, ключ у соседки", CREATED);
        lifecycle().rate("MOW-000001", "telegram:1001", 5, "Спасибо, Мария довольна", CREATED);

        forgetting.forget(Submissions.ANNA);

        Document stored = request("MOW-000001");
        assertThat(stored.toJson()).doesNotContain("Мария", "ключ", "Спасибо");
        assertThat(stored.getString("statusReason")).isEqualTo(MongoHelpRequests.ERASED_REASON);
        assertThat(stored.get("rating", Document.class).getInteger("stars")).isEqualTo(5);
        assertThat(lifecycle().history("MOW-000001")).hasSize(2);
    }

    @Test
    void theHistoryNamesTheRequesterOnlyByTheirPseudonym() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), CREATED));
        lifecycle()
                .change(
                        "MOW-000001",
                        new org.wearetogether.intake.Actor(
                                org.wearetogether.intake.Actor.Role.REQUESTER, "telegram:1001", "Анна"),
                        RequestStatus.CANCELLED,
                        null,
                        CREATED);

        forgetting.forget(Submissions.ANNA);

        assertThat(request("MOW-000001").toJson()).doesNotContain("1001", "Анна");
        assertThat(lifecycle().history("MOW-000001"))
                .singleElement()
                .satisfies(change -> assertThat(change.actor().id()).isEqualTo(PSEUDONYMS.of("1001")));
    }

    @Test
    void aForgottenVolunteerOrCoordinatorIsOnlyTheirPseudonymInHistoriesAndAsHolder() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), CREATED));
        var coordinator =
                new org.wearetogether.intake.Actor(org.wearetogether.intake.Actor.Role.COORDINATOR, "501", "Olga");
        var volunteer =
                new org.wearetogether.intake.Actor(org.wearetogether.intake.Actor.Role.VOLUNTEER, "777", "Ivanushka");
        lifecycle().take("MOW-000001", coordinator, CREATED);
        lifecycle().change("MOW-000001", volunteer, RequestStatus.VOLUNTEER_ASSIGNED, "Ivanushka", CREATED);
        lifecycle().change("MOW-000001", coordinator, RequestStatus.IN_PROGRESS, "on the way", CREATED);

        requests.pseudonymiseActor("777", PSEUDONYMS.of("777"));
        requests.pseudonymiseActor("501", PSEUDONYMS.of("501"));

        assertThat(request("MOW-000001").toJson()).doesNotContain("777", "Ivanushka", "501", "Olga");
        var history = lifecycle().history("MOW-000001");
        assertThat(history)
                .extracting(c -> c.actor().role())
                .containsExactly(
                        org.wearetogether.intake.Actor.Role.COORDINATOR,
                        org.wearetogether.intake.Actor.Role.VOLUNTEER,
                        org.wearetogether.intake.Actor.Role.COORDINATOR);
        assertThat(history.get(1).actor().id()).isEqualTo(PSEUDONYMS.of("777"));
        assertThat(history.get(2).comment()).isNull();
        assertThat(requests.byNumber("MOW-000001").orElseThrow().holder().id()).isEqualTo(PSEUDONYMS.of("501"));
    }

    @Test
    void leavesOtherPeoplesRequestsAlone() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), CREATED));
        requests.submit(RequestAnswers.draft(Submissions.forMe("o1", "RU-SPE"), CREATED));

        forgetting.forget(Submissions.ANNA);

        assertThat(requests.byRequester("telegram:2002", 10)).hasSize(1);
        assertThat(requests.byNumber("SPE-000001").orElseThrow().beneficiary().name())
                .isEqualTo("Олег");
        assertThat(requests.byRequester("telegram:1001", 10)).isEmpty();
    }

    @Test
    void forgettingTwiceChangesNothingMore() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), CREATED));
        forgetting.forget(Submissions.ANNA);
        Document once = request("MOW-000001");

        forgettingAt(FORGOTTEN.plusSeconds(60)).forget(Submissions.ANNA);

        assertThat(request("MOW-000001")).isEqualTo(once);
        assertThat(requests.byNumber("MOW-000001").orElseThrow().answers()).isEmpty();
    }

    private ForgettingRequester forgettingAt(Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        ErasingRequests erasure = new ErasingRequests(requests, lifecycle(), published::add, clock, PSEUDONYMS);
        return new ForgettingRequester(requests, erasure, PSEUDONYMS);
    }

    private Document request(String number) {
        List<Document> found = database.getCollection("requests")
                .find(Filters.eq("number", number))
                .into(new java.util.ArrayList<>());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private MongoRequestLifecycle lifecycle() {
        return new MongoRequestLifecycle(database, event -> {});
    }
}
