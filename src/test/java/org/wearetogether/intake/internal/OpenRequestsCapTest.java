package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Reply;

class OpenRequestsCapTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:30:05Z");
    private static final InMemoryMongo mongo = new InMemoryMongo();

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final OpenRequestsCap cap = new OpenRequestsCap(requests, 3, "8 800 200-34-11");

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void letsTheDialogStartBelowTheCap() {
        file(2);

        assertThat(cap.refuse(Submissions.ANNA, "request_help", "ru")).isEmpty();
    }

    @Test
    void turnsAwayTheStartAtTheCapNamingTheOpenRequestsAndTheHotlineInTheirLanguage() {
        file(3);

        List<Reply> refusal = cap.refuse(Submissions.ANNA, "request_help", "en").orElseThrow();

        assertThat(((Reply.Message) refusal.get(0)).text())
                .startsWith("You already have open requests: № MOW-000001, № MOW-000002, № MOW-000003.")
                .contains("please call the hotline: 8 800 200-34-11");
        assertThat(((Reply.Message) cap.refuse(Submissions.ANNA, "request_help", "ru")
                                .orElseThrow()
                                .get(0))
                        .text())
                .startsWith("У вас уже есть открытые просьбы: № MOW-000001");
    }

    @Test
    void onlyTheRequestHelpDialogIsCappedNotOtherDialogsNorOtherPeople() {
        file(3);

        assertThat(cap.refuse(Submissions.ANNA, "volunteer_signup", "ru")).isEmpty();
        assertThat(cap.refuse(Submissions.OLEG, "request_help", "ru")).isEmpty();
    }

    @Test
    void aClosedRequestFreesItsPlaceAndThePersonIsForgottenByTheCapOnceNoneIsOpen() {
        file(3);
        var stored = database.getCollection(MongoHelpRequests.COLLECTION);
        stored.updateOne(
                com.mongodb.client.model.Filters.eq("number", "MOW-000002"),
                com.mongodb.client.model.Updates.set("status", "DONE"));

        assertThat(cap.refuse(Submissions.ANNA, "request_help", "en")).isEmpty();
        assertThat(requests.openNumbersOf(Submissions.ANNA.chatKey(), 3)).containsExactly("MOW-000001", "MOW-000003");

        stored.updateMany(
                com.mongodb.client.model.Filters.empty(), com.mongodb.client.model.Updates.set("status", "CANCELLED"));
        assertThat(requests.openNumbersOf(Submissions.ANNA.chatKey(), 3)).isEmpty();
        assertThat(database.getCollection(MongoHelpRequests.OPEN_BY_CHAT).countDocuments())
                .as("the chat's key is not kept once it has no open request")
                .isZero();
    }

    @Test
    void theCapDoesNotSearchTheRequestsByRequesterSoItsCostDoesNotGrowWithHistory() {
        file(3);
        // A request whose requester field says Anna but which she never filed through the service is not counted:
        // the cap reads only the numbers remembered for her chat, by key, never a search over all requests.
        database.getCollection(MongoHelpRequests.COLLECTION)
                .insertOne(new org.bson.Document("number", "MOW-999999")
                        .append("status", "SUBMITTED")
                        .append("requester", new org.bson.Document("chatKey", Submissions.ANNA.chatKey())));

        assertThat(requests.openNumbersOf(Submissions.ANNA.chatKey(), 5))
                .containsExactly("MOW-000001", "MOW-000002", "MOW-000003");
    }

    private void file(int count) {
        for (int i = 1; i <= count; i++) {
            requests.submit(RequestAnswers.draft(Submissions.forRelative("c-" + i), NOW));
        }
    }
}
