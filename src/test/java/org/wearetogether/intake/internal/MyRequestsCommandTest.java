package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Reply;

class MyRequestsCommandTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final NeedNames NEED_NAMES = NeedNames.from(new DialogFolder(Path.of("dialogs")));

    private final com.mongodb.client.MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoCodeWords codeWords = new MongoCodeWords(database, CodeWordList.shipped());
    private final MyRequestsCommand command =
            new MyRequestsCommand(requests, codeWords, NEED_NAMES, region -> ZoneId.of("Europe/Moscow"));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void isTheRequestsCommand() {
        assertThat(command.description().name()).isEqualTo("requests");
        assertThat(command.description().text().in("en")).isEqualTo("My requests and their status");
    }

    @Test
    void listsOnlyThePersonsOwnRequestsWithStatusNeedsAndLocalDate() {
        // 22:30 UTC is already the next day in Moscow.
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), Instant.parse("2026-11-25T22:30:00Z")));
        requests.submit(RequestAnswers.draft(Submissions.forMe("o1", "RU-SPE"), Instant.parse("2026-11-27T10:00:00Z")));

        String text = onlyText(command.run(Submissions.ANNA, "ru", ""));

        assertThat(text).isEqualTo("""
                        Ваши просьбы, сначала новые:

                        № MOW-000001 от 26.11.2026
                        Статус: отправлена, ждёт штаба
                        Нужно: Продукты и товары первой необходимости, Лекарства""");
    }

    @Test
    void showsTheCurrentCodeWordOfAnOpenRequest() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), Instant.parse("2026-11-25T10:00:00Z")));
        codeWords.atFiling("MOW-000001");
        codeWords.issueFor("MOW-000001", "task-1", true);
        String renewed =
                codeWords.issueFor("MOW-000001", "task-2", false).orElseThrow().word();

        assertThat(onlyText(command.run(Submissions.ANNA, "ru", "")))
                .contains("Кодовое слово: «" + renewed + "» — открывать дверь только тому, кто его назовёт.");
    }

    @Test
    void speaksThePersonsLanguage() {
        requests.submit(RequestAnswers.draft(Submissions.forMe("o1", "RU-SPE"), Instant.parse("2026-11-27T10:00:00Z")));

        assertThat(onlyText(command.run(Submissions.OLEG, "en", "")))
                .contains("No. SPE-000001 of 27.11.2026", "Status: sent, waiting for the HQ", "Needs: Pet care");
    }

    @Test
    void saysKindlyWhenThereAreNoRequests() {
        assertThat(onlyText(command.run(Submissions.ANNA, "en", "")))
                .isEqualTo("You have no requests for help yet. To ask for help, send /start.");
    }

    @Test
    void anOpenRequestHasWriteToTheHqAndCancelAClosedOneNeither() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), Instant.parse("2026-11-25T10:00:00Z")));
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a2"), Instant.parse("2026-11-25T11:00:00Z")));
        new MongoRequestLifecycle(database, e -> {})
                .change(
                        "MOW-000001",
                        org.wearetogether.intake.Actor.SYSTEM,
                        org.wearetogether.intake.RequestStatus.CANCELLED,
                        null,
                        Instant.parse("2026-11-25T12:00:00Z"));

        List<Reply> replies = command.run(Submissions.ANNA, "en", "");

        var keyboard = (Reply.Keyboard.Inline) ((Reply.Message) replies.get(0)).keyboard();
        assertThat(keyboard.rows())
                .containsExactly(
                        List.of(new Reply.Button("✉️ Write to the HQ (No. MOW-000002)", "n:w:MOW-000002")),
                        List.of(new Reply.Button("Cancel No. MOW-000002", "c:ask:MOW-000002")));
    }

    private static String onlyText(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return ((Reply.Message) replies.get(0)).text();
    }
}
