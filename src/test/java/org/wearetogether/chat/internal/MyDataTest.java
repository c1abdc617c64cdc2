package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.chat.DataExport;
import org.wearetogether.chat.Inbound;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Turn;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MyDataSchema;

/**
 * {@code /mydata} at the front desk: the files are owed by name only and made when sent, from every part; readable
 * in Russian and English, JSON of the documented shape; refused in groups and more often than once per window;
 * too big or broken parts get a polite message, an unreachable store keeps the files owed.
 */
class MyDataTest {

    private static final Person ANNA = new Person("telegram", "42", "42", "Anna", "anna_s");
    private static final Person BORIS = new Person("telegram", "43", "43", "Boris", null);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String HOTLINE = "8 800 000-00-00";

    private MongoFixtures.InMemoryMongo mongo;
    private MongoChats chats;

    @BeforeEach
    void start() {
        mongo = MongoFixtures.inMemory();
        chats = new MongoChats(mongo.database(), settings());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void theFilesAreOwedByNameOnlyAndMadeWhenTheyAreSent() {
        Reception reception = reception(List.of(new ChatDataExport(chats), requestsOf(ANNA, "SENTINEL-ANNA")));

        List<Reply> replies = reception.handle(command(ANNA, 1, "mydata"));

        assertThat(replies)
                .containsExactly(
                        new Reply.Deferred(PersonalExport.HTML, "en"), new Reply.Deferred(PersonalExport.JSON, "en"));
        Document stored = mongo.database()
                .getCollection("chats")
                .find(new Document("_id", "telegram:42"))
                .first();
        assertThat(stored.toJson()).contains("\"made\"", "mydata.html").doesNotContain("SENTINEL");
        List<OwedReply> owed = reception.owed(ANNA.chatKey());
        assertThat(owed).extracting(OwedReply::reply).allMatch(r -> r instanceof Reply.Document);
        Reply.Document page = (Reply.Document) owed.get(0).reply();
        Reply.Document json = (Reply.Document) owed.get(1).reply();
        assertThat(page.fileName()).isEqualTo("my-data-2026-12-07.html");
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(text(page)).contains("SENTINEL-ANNA", "Your chat with the bot", "anna_s", "Requests");
        assertThat(json.fileName()).isEqualTo("my-data-2026-12-07.json");
        assertThat(MyDataSchema.problems(json.content())).isEmpty();
        assertThat(text(json)).contains("\"requests\"", "SENTINEL-ANNA", "\"chat\"");
    }

    @Test
    void thePageAndTheJsonAreMadeFromOneReadingOfTheStore() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        DataExport counted = (person, language) -> {
            reads.incrementAndGet();
            return Optional.empty();
        };
        Reception reception = reception(List.of(counted));
        reception.handle(command(ANNA, 1, "mydata"));

        reception.owed(ANNA.chatKey());

        assertThat(reads).hasValue(1);
    }

    @Test
    void aPersonGetsOnlyTheirOwnParts() {
        Reception reception = reception(List.of(
                new ChatDataExport(chats), requestsOf(ANNA, "SENTINEL-ANNA"), requestsOf(BORIS, "SENTINEL-BORIS")));
        reception.handle(command(BORIS, 1, "start"));

        reception.handle(command(ANNA, 1, "mydata"));

        String all = reception.owed(ANNA.chatKey()).stream()
                .map(o -> text((Reply.Document) o.reply()))
                .reduce("", String::concat);
        assertThat(all).contains("SENTINEL-ANNA", "Anna").doesNotContain("SENTINEL-BORIS", "Boris", "\"43\"");
    }

    @Test
    void theReadableFileIsInThePersonsLanguageAndEscapesWhatPeopleTyped() {
        PersonalExport export = export(List.of(requestsOf(ANNA, "<script>alert(1)</script>")), 1_000_000);

        String russian = text((Reply.Document) export.make(ANNA, new Reply.Deferred(PersonalExport.HTML, "ru")));
        String english = text((Reply.Document) export.make(ANNA, new Reply.Deferred(PersonalExport.HTML, "en")));

        assertThat(russian)
                .contains("<html lang=\"ru\">", "Ваши данные в боте", "Удалить свои данные: команда /privacy");
        assertThat(russian).contains("Заявки", "Подробности", "07.12.2026 13:00 МСК");
        assertThat(english)
                .contains("<html lang=\"en\">", "Your data in the #WeAreTogether bot", "Requests", "Details");
        assertThat(english).contains("name=\"viewport\"").doesNotContain("<script>");
        assertThat(english).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aFileOverTheCapGetsAnApologyNamingTheHotline() {
        PersonalExport export = export(List.of(requestsOf(ANNA, "x".repeat(5_000))), 2_000);

        Reply reply = export.make(ANNA, new Reply.Deferred(PersonalExport.HTML, "en"));

        assertThat(reply)
                .isEqualTo(Reply.Message.plain(MyDataTexts.TOO_BIG.in("en").formatted(HOTLINE)));
    }

    @Test
    void aBrokenPartGivesAPoliteMessageButAnUnreachableStoreKeepsTheFileOwed() {
        DataExport broken = (person, language) -> {
            throw new IllegalStateException("a bug");
        };
        DataExport unreachable = (person, language) -> {
            throw new MongoTimeoutException("store down");
        };

        assertThat(export(List.of(broken), 1_000_000).make(ANNA, new Reply.Deferred(PersonalExport.JSON, "ru")))
                .isEqualTo(Reply.Message.plain(MyDataTexts.FAILED.in("ru")));
        assertThatThrownBy(() -> reception(List.of(unreachable)).owed(owing(ANNA)))
                .isInstanceOf(org.wearetogether.chat.StoreUnavailable.class);
    }

    @Test
    void inAGroupTheFileIsRefusedSoThatNoOneElseSeesIt() {
        Person inGroup = new Person("telegram", "-100", "42", "Anna", null);

        List<Reply> replies = reception(List.of()).handle(command(inGroup, 1, "mydata"));

        assertThat(replies).containsExactly(Reply.Message.plain(MyDataTexts.NOT_PRIVATE.in("en")));
    }

    @Test
    void aSecondFileWithinTheWindowIsPolitelyRefusedAndTheSameInputIsNotCountedTwice() throws Exception {
        ExportAllowance allowance = new ExportAllowance(Duration.ofMillis(300), 100);

        assertThat(allowance.refusal("42", 1)).isEmpty();
        assertThat(allowance.refusal("42", 1))
                .as("the same input worked off again")
                .isEmpty();
        assertThat(allowance.refusal("43", 1)).as("another person").isEmpty();
        assertThat(allowance.refusal("42", 2))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(300)));
        Thread.sleep(350);
        assertThat(allowance.refusal("42", 3)).isEmpty();

        Reception reception = reception(List.of());
        reception.handle(command(ANNA, 1, "mydata"));
        List<Reply> again = reception.handle(command(ANNA, 2, "mydata"));
        assertThat(again)
                .containsExactly(
                        Reply.Message.plain(MyDataTexts.TOO_OFTEN.in("en").formatted(5)));
    }

    @Test
    void theMenuAndHelpOfferIt() {
        assertThat(reception(List.of()).commands())
                .extracting(ChatCommand.Description::name)
                .contains("mydata");
        assertThat(ChatTexts.HELP.in("ru")).contains("/mydata");
        assertThat(ChatTexts.HELP.in("en")).contains("/mydata");
    }

    @Test
    void theChatPartHoldsTheSettingsAndTheAnswersOfAnUnfinishedForm() {
        Conversation unfinished = new Conversation(
                "c1",
                "request_help",
                1,
                "details",
                Map.of("beneficiary_name", "Zinaida SENTINEL"),
                List.of(),
                "ru",
                Conversation.Mode.ASKING,
                1,
                0,
                false,
                NOW,
                NOW,
                null,
                null);
        chats.save(ChatRecord.fresh(ANNA.chatKey())
                .applied(1, ANNA, List.of(), NOW)
                .withLanguage("ru")
                .withConversation(unfinished));
        ChatDataExport part = new ChatDataExport(chats);

        DataExport.Section section = part.export(ANNA, "ru").orElseThrow();

        assertThat(section.key()).isEqualTo("chat");
        assertThat(section.entries().get(1).fields())
                .extracting(DataExport.Field::value)
                .contains("Zinaida SENTINEL");
        assertThat(MyDataSchema.sectionProblems("chat", section.data())).isEmpty();
        assertThat(part.export(BORIS, "ru")).as("a person who never wrote").isEmpty();
    }

    private Reception reception(List<DataExport> parts) {
        Responding responding = new Responding(
                new SilentEngine(),
                Map.of(),
                new Forgetting(List.of()),
                settings(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new MyDataCommand(new ExportAllowance(Duration.ofMinutes(5), 100)));
        return new Reception(chats, responding, List.of(), Clock.fixed(NOW, ZoneOffset.UTC), export(parts, 10_000_000));
    }

    private String owing(Person person) {
        chats.save(ChatRecord.fresh(person.chatKey())
                .applied(1, person, List.of(new Reply.Deferred(PersonalExport.HTML, "en")), NOW));
        return person.chatKey();
    }

    private static PersonalExport export(List<DataExport> parts, long maxBytes) {
        return new PersonalExport(parts, Clock.fixed(NOW, ZoneOffset.UTC), maxBytes, HOTLINE);
    }

    /** A stand-in for the requests part: one request whose details are {@code details}, for {@code owner} only. */
    private static DataExport requestsOf(Person owner, String details) {
        return (person, language) -> {
            if (!person.equals(owner)) {
                return Optional.empty();
            }
            var b = new DataExport.Builder("MOW-000001")
                    .add("number", "№", "MOW-000001")
                    .add("filedForCaller", "-", false, null)
                    .add("status", "Status", "SUBMITTED")
                    .add("createdAt", "Filed", DataExport.json(NOW), DataExport.shown(NOW))
                    .add("details", language.equals("ru") ? "Подробности" : "Details", details);
            return Optional.of(new DataExport.Section(
                    "requests", language.equals("ru") ? "Заявки" : "Requests", List.of(b.entry()), List.of(b.json())));
        };
    }

    private static Inbound command(Person person, long updateId, String name) {
        return new Inbound(person, updateId, "en", new Inbound.Command(name, ""));
    }

    private static String text(Reply.Document document) {
        return new String(document.content(), StandardCharsets.UTF_8);
    }

    private static ChatSettings settings() {
        return new ChatSettings(HOTLINE, 1000, Duration.ofHours(1), Duration.ofSeconds(30));
    }

    /** No dialogs: {@code /mydata} never reaches one. */
    private static final class SilentEngine implements DialogEngine {
        @Override
        public Set<String> dialogIds() {
            return Set.of();
        }

        @Override
        public String title(String dialogId, String language) {
            return dialogId;
        }

        @Override
        public Turn start(String dialogId, Person person, String language, Map<String, Object> preset, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Turn handle(Conversation conversation, Person person, DialogInput input, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Turn repeat(Conversation conversation, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Turn timeUp(Conversation conversation, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean ownsButtonData(String data) {
            return false;
        }
    }
}
