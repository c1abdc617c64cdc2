package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.DialogAction.Result;
import org.wearetogether.dialog.DialogAction.Submission;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.HelpRequestSubmitted;

class SubmittingHelpRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:30:05Z");

    private static final InMemoryMongo mongo = new InMemoryMongo();

    private final MongoDatabase database = mongo.freshDatabase();
    private final List<Object> events = new ArrayList<>();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoCodeWords codeWords = new MongoCodeWords(database, CodeWordList.shipped());
    private final DuplicateCatching duplicates = new DuplicateCatching(database, events::add);
    private final SubmittingHelpRequest action = new SubmittingHelpRequest(
            requests,
            codeWords,
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
    void storesExactlyTheAnswersGivenForARelative() {
        Submission submission = Submissions.forRelative("c-anna-1");

        action.run(submission);

        List<Document> stored = storedRequests();
        assertThat(stored).hasSize(1);
        Document document = stored.get(0);
        document.remove("_id");
        assertThat(CodeWordList.shipped().contains("ru", (String) document.remove("codeWord")))
                .isTrue();
        Date now = Date.from(NOW);
        assertThat(document)
                .isEqualTo(new Document()
                        .append("number", "MOW-000001")
                        .append("status", "SUBMITTED")
                        .append("regionCode", "RU-MOW")
                        .append("forWhom", "relative")
                        .append(
                                "requester",
                                new Document("chatKey", "telegram:1001")
                                        .append("userId", "1001")
                                        .append("name", "Анна")
                                        .append("phone", "+79035556677")
                                        .append("language", "ru"))
                        .append(
                                "beneficiary",
                                new Document("name", "Мария Ивановна")
                                        .append("ageGroup", "age_65_plus")
                                        .append("phone", "+79161234567"))
                        .append("address", new Document("text", "Химки, ул. Мира, д. 3, кв. 12"))
                        .append("needs", List.of("groceries", "medicines"))
                        .append("urgency", "today")
                        .append("details", "Домофон 12, третий этаж")
                        .append(
                                "consent",
                                new Document("version", "2026-11-25")
                                        .append("givenAt", Date.from(Submissions.SUBMITTED_AT))
                                        .append("verbal", false))
                        .append("answers", new Document(submission.answers()))
                        .append("conversationId", "c-anna-1")
                        .append("intakeChannel", "telegram")
                        .append("dialog", new Document("id", "request_help").append("version", 1))
                        .append("createdAt", now)
                        .append("updatedAt", now)
                        .append("version", 1L));
    }

    @Test
    void takesTheRequestersContactsFromTheBeneficiaryWhenTheHelpIsForThemselves() {
        action.run(Submissions.forMe("c-oleg-1", "RU-SPE"));

        Document document = storedRequests().get(0);
        assertThat(document.get("requester", Document.class))
                .isEqualTo(new Document("chatKey", "telegram:2002")
                        .append("userId", "2002")
                        .append("name", "Олег")
                        .append("phone", "+79260001122")
                        .append("language", "en"));
        assertThat(document.get("address", Document.class))
                .isEqualTo(new Document("lat", 59.9386).append("lon", 30.3141));
        assertThat(document).doesNotContainKey("details");
        assertThat(document.getString("number")).isEqualTo("SPE-000001");
    }

    @Test
    void tellsTheNumberAndWhatHappensNextInTheSubmissionsLanguage() {
        Result russian = action.run(Submissions.forRelative("c-anna-1"));
        Result english = action.run(Submissions.forMe("c-oleg-1", "RU-MOW"));

        assertThat(russian.reference()).isEqualTo("MOW-000001");
        assertThat(text(russian))
                .contains("MOW-000001", "координатор регионального штаба позвонит по номеру +79161234567", "/requests");
        assertThat(english.reference()).isEqualTo("MOW-000002");
        assertThat(text(english)).contains("MOW-000002", "regional HQ will call to check", "this chat", "/requests");
    }

    @Test
    void aCodeWordIsGivenAtFilingAndToldInAMessageOfItsOwnWithTheDoorRule() {
        Result russian = action.run(Submissions.forRelative("c-anna-1"));
        Result english = action.run(Submissions.forMe("c-oleg-1", "RU-MOW"));

        String annasWord = codeWords.current("MOW-000001").orElseThrow();
        String olegsWord = codeWords.current("MOW-000002").orElseThrow();
        assertThat(CodeWordList.shipped().contains("ru", annasWord)).isTrue();
        assertThat(CodeWordList.shipped().contains("en", olegsWord)).isTrue();
        assertThat(russian.replies()).hasSize(2);
        assertThat(((Reply.Message) russian.replies().get(1)).text())
                .contains("Кодовое слово: «" + annasWord + "»", "передайте его тому, кому нужна помощь")
                .contains("открывать дверь можно только тому, кто назовёт это слово");
        assertThat(((Reply.Message) english.replies().get(1)).text())
                .contains("Code word: \"" + olegsWord + "\"", "Open the door only to someone who says this word");
        assertThat(((Reply.Message) russian.replies().get(0)).text()).doesNotContain(annasWord);
        assertThat(codeWords.ofTask("MOW-000001", "any-task")).isEmpty();
    }

    @Test
    void aResubmissionAfterACrashKeepsTheWordThePersonMayHaveBeenToldAlready() {
        action.run(Submissions.forRelative("c-anna-1"));
        String word = codeWords.current("MOW-000001").orElseThrow();

        Result again = action.run(Submissions.forRelative("c-anna-1"));

        assertThat(codeWords.current("MOW-000001")).contains(word);
        assertThat(((Reply.Message) again.replies().get(1)).text()).contains(word);
    }

    @Test
    void announcesANewRequestOnce() {
        action.run(Submissions.forRelative("c-anna-1"));

        assertThat(events)
                .containsExactly(new HelpRequestSubmitted(
                        "MOW-000001", "RU-MOW", "today", List.of("groceries", "medicines"), NOW));
    }

    @Test
    void aResubmittedConversationGetsTheSameNumberAndStoresNothingNew() {
        Result first = action.run(Submissions.forRelative("c-anna-1"));
        Result again = action.run(Submissions.forRelative("c-anna-1"));

        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(again.replies()).isEqualTo(first.replies());
        assertThat(storedRequests()).hasSize(1);
        assertThat(events).hasSize(1);
    }

    @Test
    void aFourthOpenRequestIsRefusedKindlyWithTheOpenNumbersAndTheHotline() {
        for (int i = 1; i <= 3; i++) {
            action.run(forAnotherPerson(i));
        }

        Result fourth = action.run(forAnotherPerson(4));

        assertThat(fourth.reference()).isNull();
        assertThat(((Reply.Message) fourth.replies().get(0)).text())
                .contains("№ MOW-000001, № MOW-000002, № MOW-000003")
                .contains("8 800 000-00-00");
        assertThat(storedRequests()).hasSize(3);
        assertThat(events).hasSize(3);
    }

    @Test
    void aClosedRequestFreesAPlaceUnderTheCap() {
        for (int i = 1; i <= 3; i++) {
            action.run(forAnotherPerson(i));
        }
        database.getCollection("requests")
                .updateOne(new Document("number", "MOW-000002"), new Document("$set", new Document("status", "DONE")));

        Result fourth = action.run(forAnotherPerson(4));

        assertThat(fourth.reference()).isEqualTo("MOW-000004");
    }

    @Test
    void theCapDoesNotTurnAwayAResubmissionOfARequestAlreadyStored() {
        for (int i = 1; i <= 3; i++) {
            action.run(forAnotherPerson(i));
        }

        assertThat(action.run(forAnotherPerson(3)).reference()).isEqualTo("MOW-000003");
    }

    @Test
    void refusesToStoreARequestWithoutConsent() {
        Map<String, Object> answers = new HashMap<>(Submissions.relativeAnswers("RU-MOW"));
        answers.remove("consent_for_relative");

        assertThatThrownBy(() -> action.run(Submissions.submission(Submissions.ANNA, "c-anna-1", "ru", answers)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consent");
        assertThat(storedRequests()).isEmpty();
        assertThat(events).isEmpty();
    }

    /** Anna's request {@code i}, each for a different person (phone): none is asked about the others. */
    private static Submission forAnotherPerson(int i) {
        return Submissions.withAnswer(
                Submissions.forRelative("c-anna-" + i), "beneficiary_phone", "+79161234" + (500 + i));
    }

    private List<Document> storedRequests() {
        return database.getCollection("requests").find().into(new ArrayList<>());
    }

    private static String text(Result result) {
        return ((Reply.Message) result.replies().get(0)).text();
    }
}
