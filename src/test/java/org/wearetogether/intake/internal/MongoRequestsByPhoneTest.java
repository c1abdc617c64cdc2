package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.HelpRequest;

/**
 * The open requests by beneficiary's phone: found by the phone in any form, never a closed, erased or lost one; what
 * a crash left behind is ignored and removed when read; nothing in the collection names a person.
 */
class MongoRequestsByPhoneTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:30:05Z");
    private static final InMemoryMongo mongo = new InMemoryMongo();

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoRequestsByPhone byPhone =
            new MongoRequestsByPhone(database, new BeneficiaryPhones(DuplicateCatching.PSEUDONYMS));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void anOpenRequestIsFoundByItsBeneficiarysPhoneInAnyForm() {
        HelpRequest stored = file("c-1", NOW);

        for (String typed : List.of("+79161234567", "8 (916) 123-45-67", "89161234567", "+7 916 123 45 67")) {
            assertThat(byPhone.openFor(typed)).as(typed).singleElement().satisfies(m -> {
                assertThat(m.number()).isEqualTo(stored.number());
                assertThat(m.requesterChatKey()).isEqualTo("telegram:1001");
            });
        }
        assertThat(byPhone.openFor("+79161234568")).isEmpty();
    }

    @Test
    void theCollectionHoldsOnlyAKeyedHashAndNumbers() {
        file("c-1", NOW);

        Document only = collection().find().first();
        assertThat(only.keySet()).containsExactlyInAnyOrder("_id", "numbers", MongoRequestsByPhone.AT);
        assertThat(only.toJson()).doesNotContain("9161234567").doesNotContain("Мария");
        assertThat(only.getList("numbers", String.class)).containsExactly("MOW-000001");
    }

    @Test
    void rememberingTwiceKeepsOneNumber() {
        HelpRequest stored = file("c-1", NOW);

        byPhone.remember(stored);

        assertThat(collection().find().first().getList("numbers", String.class)).containsExactly("MOW-000001");
    }

    @Test
    void aRequestClosedWithoutItsRemovalIsIgnoredAndRemovedWhenRead() {
        file("c-1", NOW);
        // the close happened, the removal did not (a crash in between)
        requests(new Document("number", "MOW-000001"), new Document("status", "DONE"));

        assertThat(byPhone.openFor("+79161234567")).isEmpty();
        assertThat(collection().find().first().getList("numbers", String.class)).isEmpty();
    }

    @Test
    void anErasedOrNeverStoredRequestIsIgnoredAndRemovedWhenRead() {
        file("c-1", NOW);
        requests(new Document("number", "MOW-000001"), new Document("personalDataDeletedAt", new java.util.Date()));
        collection().updateOne(new Document(), new Document("$push", new Document("numbers", "MOW-999999")));

        assertThat(byPhone.openFor("+79161234567")).isEmpty();
        assertThat(collection().find().first().getList("numbers", String.class)).isEmpty();
    }

    @Test
    void theNewestComesFirst() {
        file("c-1", NOW);
        file("c-2", NOW.plusSeconds(60));

        assertThat(byPhone.openFor("+79161234567"))
                .extracting(MongoRequestsByPhone.Match::number)
                .containsExactly("MOW-000002", "MOW-000001");
    }

    @Test
    void forgettingAClosedRequestRemovesItsNumberAndIsIdempotent() {
        HelpRequest stored = file("c-1", NOW);

        byPhone.forget(stored);
        byPhone.forget(stored);

        assertThat(byPhone.openFor("+79161234567")).isEmpty();
    }

    @Test
    void retentionDeletesDocumentsNothingWasAddedToSinceTheCutOff() {
        file("c-1", NOW);

        assertThat(byPhone.expireAddedBefore(NOW, 10)).isZero();
        assertThat(byPhone.expireAddedBefore(NOW.plusSeconds(1), 10)).isEqualTo(1);
        assertThat(collection().countDocuments()).isZero();
    }

    private HelpRequest file(String conversationId, Instant at) {
        HelpRequest stored = requests.submit(RequestAnswers.draft(Submissions.forRelative(conversationId), at))
                .request();
        byPhone.remember(stored);
        return stored;
    }

    private void requests(Document filter, Document set) {
        database.getCollection("requests").updateOne(filter, new Document("$set", set));
    }

    private com.mongodb.client.MongoCollection<Document> collection() {
        return database.getCollection(MongoRequestsByPhone.COLLECTION);
    }
}
