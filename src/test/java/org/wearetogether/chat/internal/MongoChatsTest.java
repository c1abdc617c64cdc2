package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.MongoFixtures;

/** Every version of a chat record reads back from the store exactly as saved, through a dialog and its end. */
class MongoChatsTest {

    private static final String KEY = "telegram:7";
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoChats chats = new MongoChats(
            mongo.database(), new ChatSettings("8 800", 1000, Duration.ofHours(1), Duration.ofSeconds(30)));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void eachVersionReadsBackFromTheStoreExactlyAsSaved() {
        Person anna = new Person("telegram", "7", "7", "Anna", null);
        Map<String, Object> answers = new LinkedHashMap<>();
        ChatRecord record = chats.load(KEY);
        List<String> steps = List.of("name", "age", "phone", "needs");
        for (int i = 0; i < steps.size(); i++) {
            answers.put(steps.get(i), i == 3 ? List.of("food", "medicine") : "answer " + i);
            Conversation conversation = conversation(steps.get(i), answers, steps.subList(0, i + 1), i);
            record = saved(next(record, anna, conversation, "Question " + i));
        }
        // the dialog ends: the conversation and its timers go away, the person chose a language
        saved(new ChatRecord(
                KEY,
                record.version() + 1,
                record.lastUpdateId() + 1,
                List.of(new OwedReply(7, record.lastUpdateId() + 1, new Reply.Notice("Sent"))),
                7,
                "ru",
                anna,
                null,
                null,
                null,
                null,
                T0.plusSeconds(60)));
    }

    @Test
    void aVoiceOwedToAChatAndAVoiceAnswerReadBackAsSaved() {
        Person olga = new Person("telegram", "901", "901", "Olga", null);
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("details", new org.wearetogether.dialog.VoiceNote("AwACAgIAAxkBAAI", 42).answer());
        ChatRecord record = chats.load(KEY);
        record = saved(next(record, olga, conversation("details", answers, List.of("details"), 0), "Question"));
        saved(new ChatRecord(
                KEY,
                record.version() + 1,
                record.lastUpdateId() + 1,
                List.of(new OwedReply(
                        9,
                        OwedReply.UNPROMPTED,
                        new Reply.Voice("AwACAgIAAxkBAAI", "🎤 Voice message (0:42)", "Could not be sent"))),
                9,
                "en",
                olga,
                null,
                null,
                null,
                null,
                T0.plusSeconds(60)));
    }

    private ChatRecord saved(ChatRecord next) {
        assertThat(chats.save(next)).isTrue();
        chats.evict(KEY);
        assertThat(chats.load(KEY)).as("version %d as stored", next.version()).isEqualTo(next);
        return next;
    }

    private static ChatRecord next(ChatRecord record, Person person, Conversation conversation, String question) {
        return new ChatRecord(
                KEY,
                record.version() + 1,
                record.isNew() ? 100 : record.lastUpdateId() + 1,
                List.of(new OwedReply(record.version() + 1, 100, new Reply.Message(question, Reply.Keyboard.NONE))),
                record.version() + 1,
                null,
                person,
                conversation,
                null,
                null,
                null,
                T0.plusSeconds(record.version()));
    }

    private static Conversation conversation(String step, Map<String, Object> answers, List<String> path, int i) {
        return new Conversation(
                "c1",
                "request_help",
                3,
                step,
                answers,
                path,
                "en",
                Conversation.Mode.ASKING,
                i,
                0,
                false,
                T0,
                T0.plusSeconds(i),
                T0.plusSeconds(600 + i),
                T0.plusSeconds(3600));
    }
}
