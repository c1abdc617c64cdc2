package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.testing.MongoFixtures;

class MongoHqRepliesTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String GROUP = "-100";
    /** A coordinator of RU-MOW, and another member of the same group who is not. */
    private static final Person OLGA_IN_GROUP = new Person("telegram", GROUP, "501", "Olga", "olga");

    private static final Person PETR_IN_GROUP = new Person("telegram", GROUP, "777", "Petr", "petr");
    private static final Person IVAN_IN_GROUP = new Person("telegram", GROUP, "502", "Ivan", null);

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final HqFakes.Requests requests = new HqFakes.Requests();
    private final HqFakes.FixedRoles roles = new HqFakes.FixedRoles();
    private final HqFakes.MovingClock clock = new HqFakes.MovingClock(T0);
    private final MongoHqChats chats = new MongoHqChats(mongo.database());
    private final NoteRelayTest.Notes notes = new NoteRelayTest.Notes();
    private final AtomicInteger nudges = new AtomicInteger();
    private final MongoHqReplies replies =
            new MongoHqReplies(requests, notes, roles, chats, mongo.database(), nudges::incrementAndGet, clock);

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void aCoordinatorInTheHqGroupPressesReplyAndOnlyTheirOwnTextIsTaken() {
        setUp();

        List<Reply> prompt = replies.press(OLGA_IN_GROUP, "en", "h:r:MOW-000001");
        assertThat(((Reply.Message) prompt.get(0)).text())
                .startsWith("Olga, reply to this message")
                .contains("MOW-000001");

        assertThat(replies.heard(PETR_IN_GROUP, "en", "I answer instead"))
                .as("another member's text is not taken")
                .isEmpty();
        assertThat(replies.heard(IVAN_IN_GROUP, "en", "me too"))
                .as("not even another coordinator's, who did not press")
                .isEmpty();
        List<Reply> sent = replies.heard(OLGA_IN_GROUP, "en", "We come at six").orElseThrow();

        assertThat(((Reply.Message) sent.get(0)).text())
                .isEqualTo("✅ Your answer about request No. MOW-000001 is passed to the requester.");
        assertThat(notes.notes("MOW-000001")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(RequestNote.Kind.FROM_HQ);
            assertThat(n.text()).isEqualTo("We come at six");
            assertThat(n.author()).isEqualTo(new Actor(Actor.Role.COORDINATOR, "501", "Olga"));
        });
        assertThat(nudges).hasValue(1);
    }

    @Test
    void aGroupMemberWhoIsNotStaffOfTheRegionIsRefusedAtThePress() {
        setUp();

        assertThat(replies.press(PETR_IN_GROUP, "en", "h:r:MOW-000001"))
                .containsExactly(
                        new Reply.Notice("Only coordinators of the request's region may answer the requester."));
        assertThat(replies.heard(PETR_IN_GROUP, "en", "hello")).isEmpty();
        assertThat(notes.notes("MOW-000001")).isEmpty();
    }

    @Test
    void aCoordinatorPressingInAGroupThatIsNotAnHqChatIsRefused() {
        setUp();
        Person olgaElsewhere = new Person("telegram", "-555", "501", "Olga", "olga");

        assertThat(replies.press(olgaElsewhere, "en", "h:r:MOW-000001"))
                .singleElement()
                .isInstanceOf(Reply.Notice.class);
    }

    @Test
    void theHolderAnswersInPrivateAndAnAnswerAfterFifteenMinutesIsNotSent() {
        setUp();
        requests.held("MOW-000002", "RU-MOW", new Actor(Actor.Role.COORDINATOR, "501", "Olga"));
        Person olgaPrivately = new Person("telegram", "501", "501", "Olga", "olga");

        replies.press(olgaPrivately, "en", "h:r:MOW-000002");
        clock.advance(MongoHqReplies.WAIT);

        assertThat(((Reply.Message) replies.heard(olgaPrivately, "en", "late")
                                .orElseThrow()
                                .get(0))
                        .text())
                .startsWith("The time to answer about request No. MOW-000002 ran out");
        assertThat(notes.notes("MOW-000002")).isEmpty();
    }

    @Test
    void aClosedRequestIsNotAnswered() {
        setUp();
        replies.press(OLGA_IN_GROUP, "en", "h:r:MOW-000001");
        requests.change("MOW-000001", Actor.SYSTEM, org.wearetogether.intake.RequestStatus.CANCELLED, null, T0);

        assertThat(((Reply.Message) replies.heard(OLGA_IN_GROUP, "en", "hi")
                                .orElseThrow()
                                .get(0))
                        .text())
                .isEqualTo("Request No. MOW-000001 is closed; messages about it are no longer passed on.");
        assertThat(notes.notes("MOW-000001")).isEmpty();
    }

    private void setUp() {
        chats.bind(new HqChat("telegram:" + GROUP, "RU-MOW", "en", true), "900", T0);
        roles.coordinators.put("501", Set.of("RU-MOW"));
        roles.coordinators.put("502", Set.of("RU-MOW"));
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
    }
}
