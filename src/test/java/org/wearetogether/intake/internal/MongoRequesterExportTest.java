package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.DataExport;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.testing.MyDataSchema;

/**
 * The requests part of {@code /mydata}: everything kept in the person's own requests, in their language and of the
 * documented shape; staff appear by role and first name only; nothing of another person's requests; an operator gets
 * only the numbers of the requests they filed for callers.
 */
class MongoRequesterExportTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant FILED = Instant.parse("2026-11-25T09:30:00Z");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoCodeWords codeWords = new MongoCodeWords(database, CodeWordList.shipped());
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, event -> {});
    private final MongoRequesterExport export =
            new MongoRequesterExport(database, new DialogFolder(Path.of("dialogs")));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void holdsEverythingKeptInThePersonsOwnRequestInTheirLanguage() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), FILED));
        String word = codeWords.atFiling("MOW-000001").orElseThrow();
        Actor olga = new Actor(Actor.Role.COORDINATOR, "901", "Olga Petrovna Smirnova");
        lifecycle.take("MOW-000001", olga, FILED.plusSeconds(60));
        MongoRequestNotes notes = new MongoRequestNotes(database, event -> {});
        notes.add(
                "MOW-000001",
                RequestNote.Kind.FROM_REQUESTER,
                new Actor(Actor.Role.REQUESTER, "telegram:1001", "requester"),
                "Please call after five",
                FILED.plusSeconds(70));
        notes.add("MOW-000001", RequestNote.Kind.FROM_HQ, olga, "We will", FILED.plusSeconds(75));
        notes.add(
                "MOW-000001",
                RequestNote.Kind.DETAILS_ADDED,
                new Actor(Actor.Role.REQUESTER, "telegram:2002", "requester"),
                "Another filer's words",
                FILED.plusSeconds(80));
        lifecycle.change(
                "MOW-000001", olga, RequestStatus.IN_PROGRESS, "Courier Ivan +79990001122", FILED.plusSeconds(90));
        lifecycle.change("MOW-000001", olga, RequestStatus.DONE, null, FILED.plusSeconds(120));
        lifecycle.rate("MOW-000001", "telegram:1001", 5, "Спасибо!", FILED.plusSeconds(180));

        DataExport.Section russian = export.export(Submissions.ANNA, "ru").orElseThrow();
        DataExport.Section english = export.export(Submissions.ANNA, "en").orElseThrow();

        assertThat(russian.title()).isEqualTo("Ваши заявки на помощь");
        assertThat(english.title()).isEqualTo("Your requests for help");
        String shown = shown(russian);
        assertThat(shown)
                .contains("Мария Ивановна", "+79161234567", "Химки, ул. Мира, д. 3, кв. 12", "Домофон 12, третий этаж")
                .contains("Анна", "+79035556677", word, "выполнена", "★★★★★ — Спасибо!", "координатор Olga");
        assertThat(shown(english))
                .as("the messages with the HQ, the HQ by no name; another filer's details left out")
                .contains("(you): Please call after five", "(the HQ): We will")
                .doesNotContain("Another filer's words");
        assertThat(shown(english))
                .contains("Code word", word, "Groceries", "coordinator Olga", "done", "65 or older", "Urgency: Today");
        assertThat(shown + english.data())
                .as("staff by first name only, their comments in the history left out")
                .doesNotContain("Smirnova", "Petrovna", "901", "+79990001122", "Courier");
        @SuppressWarnings("unchecked")
        Map<String, Object> request = ((List<Map<String, Object>>) english.data()).get(0);
        assertThat(request)
                .containsEntry("number", "MOW-000001")
                .containsEntry("codeWord", word)
                .containsEntry("beneficiaryName", "Мария Ивановна")
                .containsEntry("status", "DONE")
                .containsEntry("filedForCaller", false);
        assertThat(MyDataSchema.sectionProblems("requests", english.data())).isEmpty();
    }

    @Test
    void aVoiceMessageInTheDetailsIsExportedAsAVoiceMessageWhoseIdIsKeptNotAsTheId() {
        var answers = new java.util.HashMap<>(Submissions.relativeAnswers("RU-MOW"));
        answers.put("details", new VoiceNote("AwACAgIAAxkBAAIvoiceFileId", 42).answer());
        requests.submit(RequestAnswers.draft(Submissions.submission(Submissions.ANNA, "v1", "en", answers), FILED));

        DataExport.Section english = export.export(Submissions.ANNA, "en").orElseThrow();
        DataExport.Section russian = export.export(Submissions.ANNA, "ru").orElseThrow();

        assertThat(shown(english)).contains("Details: 🎤 voice message, 0:42 (id kept)");
        assertThat(shown(russian)).contains("🎤 голосовое сообщение, 0:42 (хранится его id)");
        assertThat(shown(english) + english.data() + shown(russian) + russian.data())
                .doesNotContain("AwACAgIAAxkBAAIvoiceFileId");
        assertThat(MyDataSchema.sectionProblems("requests", english.data())).isEmpty();
    }

    @Test
    void leavesOutAnotherPersonsRequests() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), FILED));
        requests.submit(RequestAnswers.draft(Submissions.forMe("o1", "RU-MOW"), FILED));

        DataExport.Section anna = export.export(Submissions.ANNA, "en").orElseThrow();
        DataExport.Section oleg = export.export(Submissions.OLEG, "en").orElseThrow();

        assertThat(anna.entries()).hasSize(1);
        assertThat(shown(anna) + anna.data()).doesNotContain("Олег", "+79260001122", "59.9386");
        assertThat(shown(oleg) + oleg.data()).contains("59.9386").doesNotContain("Мария", "+79161234567", "Химки");
        assertThat(MyDataSchema.sectionProblems("requests", oleg.data())).isEmpty();
    }

    @Test
    void anOperatorGetsOnlyTheNumbersOfRequestsFiledForCallers() {
        requests.submit(RequestAnswers.draft(Submissions.operatorCall("c1"), FILED));

        DataExport.Section olga = export.export(Submissions.OLGA, "en").orElseThrow();

        assertThat(shown(olga)).contains("MOW-000001", "you filed it for a caller");
        assertThat(shown(olga) + olga.data()).doesNotContain("Павел", "Нина", "+7905", "+7916", "Лесная");
        assertThat(MyDataSchema.sectionProblems("requests", olga.data())).isEmpty();
    }

    @Test
    void nothingForSomeoneWhoFiledNothing() {
        assertThat(export.export(Submissions.OLEG, "ru")).isEmpty();
    }

    private static String shown(DataExport.Section section) {
        StringBuilder all = new StringBuilder();
        section.entries().forEach(e -> {
            all.append(e.heading()).append('\n');
            e.fields()
                    .forEach(f ->
                            all.append(f.label()).append(": ").append(f.value()).append('\n'));
        });
        return all.toString();
    }
}
