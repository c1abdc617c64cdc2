package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.DialogAction.Result;
import org.wearetogether.dialog.DialogAction.Submission;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNoteAdded;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.intake.SamePerson;

/**
 * The same person filed twice: whoever files is told the open request's number (and nothing else of it), and adds
 * their details to it or files a new one anyway.
 */
class CatchingDuplicatesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:30:05Z");
    private static final InMemoryMongo mongo = new InMemoryMongo();

    private final MongoDatabase database = mongo.freshDatabase();
    private final List<Object> events = new ArrayList<>();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final DuplicateCatching duplicates = new DuplicateCatching(database, events::add);
    private final ForgettingClosedRequestsByPhone forgetting = new ForgettingClosedRequestsByPhone(duplicates.byPhone);
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, event -> {
        events.add(event);
        if (event instanceof RequestStatusChanged changed) {
            forgetting.on(changed);
        }
    });
    private final SubmittingHelpRequest action = new SubmittingHelpRequest(
            requests,
            new MongoCodeWords(database, CodeWordList.shipped()),
            new OpenRequestsCap(requests, 3, "8 800 000-00-00"),
            events::add,
            Clock.fixed(NOW, ZoneOffset.UTC),
            duplicates.catching,
            duplicates.byPhone);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void aSecondRelativeIsToldTheOpenRequestsNumberAndNothingElseOfIt() {
        action.run(Submissions.forRelative("c-anna-1"));

        Result asked = action.run(olegForTheSamePerson("c-oleg-1"));

        assertThat(asked.reference()).isNull();
        assertThat(asked.replies()).isEmpty();
        assertThat(asked.decision().text())
                .contains("No. MOW-000001")
                .doesNotContain("Анна")
                .doesNotContain("Anna")
                .doesNotContain("Мария")
                .doesNotContain("9035556677")
                .doesNotContain("9161234567")
                .doesNotContain("Химки")
                .doesNotContain("Домофон");
        assertThat(asked.decision().choices())
                .extracting(c -> c.label())
                .containsExactly("➕ Add my details to No. MOW-000001", "📝 File a new one anyway");
        assertThat(storedRequests()).hasSize(1);
    }

    @Test
    void addingTheDetailsPutsThemIntoTheOpenRequestAndFilesNothingNew() {
        action.run(Submissions.forRelative("c-anna-1"));
        events.clear();

        Result added = action.run(chose(olegForTheSamePerson("c-oleg-1"), "add:MOW-000001"));

        assertThat(added.reference()).isEqualTo("MOW-000001");
        assertThat(text(added)).contains("No. MOW-000001").contains("No new request was created");
        assertThat(storedRequests()).hasSize(1);
        RequestNote note = duplicates.notes.notes("MOW-000001").getFirst();
        assertThat(note.kind()).isEqualTo(RequestNote.Kind.DETAILS_ADDED);
        assertThat(note.text()).isEqualTo("""
                        Another request for the same phone number (from a relative or neighbour):
                        Needs: Medicines
                        Urgency: This week
                        Details: Second floor, ring twice""");
        assertThat(note.author().role()).isEqualTo(Actor.Role.REQUESTER);
        assertThat(note.author().id()).as("a pseudonym, never Oleg's id").startsWith("anon-");
        assertThat(events).singleElement().isInstanceOf(RequestNoteAdded.class);
    }

    @Test
    void theSameAddArrivingAgainAfterACrashAddsOneNote() {
        action.run(Submissions.forRelative("c-anna-1"));
        Submission add = chose(olegForTheSamePerson("c-oleg-1"), "add:MOW-000001");

        Result first = action.run(add);
        Result again = action.run(add);

        assertThat(again).isEqualTo(first);
        assertThat(duplicates.notes.notes("MOW-000001")).hasSize(1);
    }

    @Test
    void filingAnywayStoresANewRequestThatNamesTheOpenOne() {
        action.run(Submissions.forRelative("c-anna-1"));

        Result filed = action.run(chose(olegForTheSamePerson("c-oleg-1"), "new:MOW-000001"));

        assertThat(filed.reference()).isEqualTo("MOW-000002");
        var stored = requests.byNumber("MOW-000002").orElseThrow();
        assertThat(SamePerson.earlierOf(stored)).contains("MOW-000001");
        assertThat(stored.answers()).doesNotContainKey(CatchingDuplicates.DECISION_KEY);
        assertThat(duplicates.notes.notes("MOW-000001")).isEmpty();
        assertThat(duplicates.byPhone.openFor("+79161234567"))
                .extracting(MongoRequestsByPhone.Match::number)
                .containsExactly("MOW-000002", "MOW-000001");
    }

    @Test
    void aRequestThatClosedBetweenTheQuestionAndTheAnswerIsFiledAsUsualAndThePersonIsTold() {
        action.run(Submissions.forRelative("c-anna-1"));
        assertThat(action.run(olegForTheSamePerson("c-oleg-1")).decision()).isNotNull();
        lifecycle.change("MOW-000001", Actor.SYSTEM, RequestStatus.CANCELLED, "stale", NOW);

        Result filed = action.run(chose(olegForTheSamePerson("c-oleg-1"), "add:MOW-000001"));

        assertThat(filed.reference()).isEqualTo("MOW-000002");
        assertThat(((Reply.Message) filed.replies().getFirst()).text())
                .isEqualTo("Request No. MOW-000001 has closed in the meantime, so we have filed a new one.");
        assertThat(duplicates.notes.notes("MOW-000001")).isEmpty();
    }

    @Test
    void aClosedRequestDoesNotMatch() {
        action.run(Submissions.forRelative("c-anna-1"));
        lifecycle.change("MOW-000001", Actor.SYSTEM, RequestStatus.CANCELLED, "stale", NOW);

        Result filed = action.run(olegForTheSamePerson("c-oleg-1"));

        assertThat(filed.decision()).isNull();
        assertThat(filed.reference()).isEqualTo("MOW-000002");
    }

    @Test
    void anErasedRequestIsForgottenByPhoneToo() {
        action.run(Submissions.forRelative("c-anna-1"));
        var erasure = new ErasingRequests(
                requests,
                lifecycle,
                events::add,
                Clock.fixed(NOW, ZoneOffset.UTC),
                DuplicateCatching.PSEUDONYMS,
                duplicates.byPhone::forget);

        erasure.erase("MOW-000001", Actor.SYSTEM, org.wearetogether.intake.RequestErased.Why.ADMIN);

        assertThat(database.getCollection(MongoRequestsByPhone.COLLECTION)
                        .find()
                        .first()
                        .getList("numbers", String.class))
                .isEmpty();
        assertThat(action.run(olegForTheSamePerson("c-oleg-1")).decision()).isNull();
    }

    @Test
    void thePersonAskingForThemselvesIsTheSamePersonAsTheRelativesRequest() {
        action.run(Submissions.forRelative("c-anna-1"));

        // Maria herself asks, with her own phone: it is the beneficiary's phone of her own request
        Submission herself =
                Submissions.withAnswer(Submissions.forMe("c-maria-1", "RU-MOW"), "beneficiary_phone", "+79161234567");

        assertThat(action.run(herself).decision().text()).contains("No. MOW-000001");
    }

    @Test
    void theSameRequesterFilingTheSamePersonAgainIsToldItIsTheirOwnRequest() {
        action.run(Submissions.forRelative("c-anna-1"));

        Result asked = action.run(Submissions.forRelative("c-anna-2"));

        assertThat(asked.decision().text())
                .startsWith("У вас уже есть открытая просьба для этого номера телефона: № MOW-000001.");
    }

    @Test
    void withSeveralOpenRequestsTheNewestIsNamedAndTheOthersListed() {
        action.run(Submissions.forRelative("c-anna-1"));
        action.run(chose(olegForTheSamePerson("c-oleg-1"), "new:MOW-000001"));

        Result asked = action.run(olegForTheSamePerson("c-oleg-2"));

        assertThat(asked.decision().text()).contains("No. MOW-000002").contains("Also open: № MOW-000001.");
        assertThat(asked.decision().choices().getFirst().id()).isEqualTo("add:MOW-000002");
    }

    @Test
    void anOperatorFilingForACallerIsCaughtTooAndAddsAsTheOperator() {
        action.run(Submissions.forRelative("c-anna-1"));
        Submission call =
                Submissions.withAnswer(Submissions.operatorCall("call-1"), "beneficiary_phone", "+7 916 123-45-67");

        assertThat(action.run(call).decision().text()).contains("№ MOW-000001");
        Result added = action.run(chose(call, "add:MOW-000001"));

        assertThat(text(added)).contains("Сведения звонящего добавлены к заявке № MOW-000001");
        RequestNote note = duplicates.notes.notes("MOW-000001").getFirst();
        assertThat(note.author()).isEqualTo(new Actor(Actor.Role.OPERATOR, "3003", "Olga"));
        assertThat(note.text()).startsWith("Ещё одна просьба для этого же номера телефона (через горячую линию):");
        assertThat(storedRequests()).hasSize(1);
    }

    /** Oleg, in English, asks for the same woman: her phone typed another way, other needs and details. */
    private static Submission olegForTheSamePerson(String conversationId) {
        var answers = new java.util.HashMap<>(Submissions.relativeAnswers("RU-MOW"));
        answers.put("beneficiary_phone", "89161234567");
        answers.put("beneficiary_name", "Maria");
        answers.put("needs", List.of("medicines"));
        answers.put("urgency", "this_week");
        answers.put("details", "Second floor, ring twice");
        answers.put("requester_name", "Oleg");
        answers.put("requester_phone", "+79260001122");
        return Submissions.submission(Submissions.OLEG, conversationId, "en", answers);
    }

    private static Submission chose(Submission s, String choice) {
        return Submissions.withAnswer(s, CatchingDuplicates.DECISION_KEY, choice);
    }

    private static String text(Result result) {
        return ((Reply.Message) result.replies().getFirst()).text();
    }

    private List<Document> storedRequests() {
        return database.getCollection("requests").find().into(new ArrayList<>());
    }
}
