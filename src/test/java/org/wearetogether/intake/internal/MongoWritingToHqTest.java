package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestStatus;

class MongoWritingToHqTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant T0 = Instant.parse("2026-12-08T10:00:00Z");
    private static final Person ANNA = Submissions.ANNA;

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, e -> {});
    private final MongoRequestNotes notes = new MongoRequestNotes(database, e -> {});
    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final MongoWritingToHq writing = new MongoWritingToHq(requests, notes, database, "8 800 200-34-11", clock);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void theRequesterPressesWriteTypesAndTheMessageIsStoredAsANoteWithoutTheirAccount() {
        String number = submit("w1");

        List<Reply> prompt = writing.press(ANNA, "en", "n:w:" + number);
        assertThat(((Reply.Message) prompt.get(0)).text()).startsWith("Write to the HQ about request No. " + number);
        List<Reply> answer =
                writing.heard(ANNA, "en", "  Mum is home after 3  ").orElseThrow();

        assertThat(text(answer))
                .isEqualTo("✅ Passed to the HQ (request No. " + number + "). The answer will come here.");
        assertThat(notes.notes(number)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(RequestNote.Kind.FROM_REQUESTER);
            assertThat(n.text()).isEqualTo("Mum is home after 3");
            assertThat(n.author().name()).isEqualTo("requester");
        });
        assertThat(writing.heard(ANNA, "en", "another"))
                .as("one message per press")
                .isEmpty();
    }

    @Test
    void onlyTheChatThatFiledTheRequestMayWrite() {
        String number = submit("w2");

        List<Reply> refused = writing.press(Submissions.OLEG, "en", "n:w:" + number);

        assertThat(refused).containsExactly(new Reply.Notice("This button is no longer active."));
        assertThat(writing.heard(Submissions.OLEG, "en", "hi")).isEmpty();
    }

    @Test
    void atMostTenMessagesAnHourPerRequestThenAPoliteAnswer() {
        String number = submit("w3");
        for (int i = 0; i < MongoWritingToHq.PER_HOUR; i++) {
            writing.press(ANNA, "en", "n:w:" + number);
            assertThat(text(writing.heard(ANNA, "en", "message " + i).orElseThrow()))
                    .startsWith("✅");
            now = now.plusSeconds(60);
        }

        List<Reply> refused = writing.press(ANNA, "en", "n:w:" + number);

        assertThat(text(refused))
                .isEqualTo("10 messages about request No. " + number + " have reached the HQ in the last hour. The HQ"
                        + " has them and will answer; please wait. If it is urgent, call the hotline 8 800 200-34-11.");
        assertThat(writing.heard(ANNA, "en", "eleventh")).isEmpty();
        assertThat(notes.notes(number)).hasSize(10);

        now = T0.plus(Duration.ofMinutes(61));
        writing.press(ANNA, "en", "n:w:" + number);
        assertThat(text(writing.heard(ANNA, "en", "an hour later").orElseThrow()))
                .startsWith("✅");
    }

    @Test
    void aMessageTypedAfterTheRequestClosedGetsAPoliteAnswerAndIsNotStored() {
        String number = submit("w4");
        writing.press(ANNA, "en", "n:w:" + number);
        lifecycle.change(
                number,
                new Actor(Actor.Role.SYSTEM, "system", "system"),
                RequestStatus.CANCELLED,
                null,
                T0.plusSeconds(5));

        List<Reply> answer = writing.heard(ANNA, "en", "are you coming?").orElseThrow();

        assertThat(text(answer)).startsWith("Request No. " + number + " is closed;");
        assertThat(notes.notes(number)).isEmpty();
        assertThat(text(writing.press(ANNA, "en", "n:w:" + number)))
                .startsWith("Request No. " + number + " is closed;");
    }

    @Test
    void aMessageTypedAfterFifteenMinutesIsPolitelyNotSent() {
        String number = submit("w5");
        writing.press(ANNA, "ru", "n:w:" + number);
        now = now.plus(MongoWritingToHq.WAIT);

        List<Reply> answer = writing.heard(ANNA, "ru", "поздно").orElseThrow();

        assertThat(text(answer)).startsWith("Время на сообщение по просьбе № " + number + " вышло");
        assertThat(notes.notes(number)).isEmpty();
        assertThat(writing.heard(ANNA, "ru", "ещё"))
                .as("told once, then the text is not ours")
                .isEmpty();
    }

    @Test
    void cancelDropsTheWait() {
        String number = submit("w6");
        writing.press(ANNA, "en", "n:w:" + number);

        assertThat(writing.press(ANNA, "en", "n:x:" + number))
                .containsExactly(new Reply.EditPressed("The message was not sent.", Reply.Keyboard.NONE));
        assertThat(writing.heard(ANNA, "en", "hello")).isEmpty();
    }

    private static String text(List<Reply> replies) {
        return ((Reply.Message) replies.get(0)).text();
    }

    private String submit(String conversationId) {
        return requests.submit(RequestAnswers.draft(Submissions.forRelative(conversationId), T0))
                .request()
                .number();
    }
}
