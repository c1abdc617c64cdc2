package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.QuietHours;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNotes;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;

class NoteRelayTest {

    /** 13:00 in Moscow: not quiet. */
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    /** 23:00 in Moscow: quiet until 08:00 (05:00 UTC). */
    private static final Instant NIGHT = Instant.parse("2026-11-25T20:00:00Z");

    private static final String MOSCOW_HQ = "telegram:-100";
    private static final Actor HOLDER = new Actor(Actor.Role.COORDINATOR, "501", "Olga");
    private static final Actor REQUESTER = new Actor(Actor.Role.REQUESTER, "telegram:1001", "requester");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final HqFakes.Requests requests = new HqFakes.Requests();
    private final HqFakes.Channel channel = new HqFakes.Channel();
    private final HqFakes.MovingClock clock = new HqFakes.MovingClock(T0);
    private final MongoHqChats chats = new MongoHqChats(mongo.database());
    private final Notes notes = new Notes();

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void detailsAddedReachTheHolderPrivatelyOnceWithoutAReplyButton() {
        chats.bind(new HqChat(MOSCOW_HQ, "RU-MOW", "en", true), "900", T0);
        requests.held("MOW-000001", "RU-MOW", HOLDER);
        note("MOW-000001", RequestNote.Kind.DETAILS_ADDED, REQUESTER, "She also needs her glasses fixed");

        relay().sweep();
        relay().sweep();

        assertThat(channel.postedMessages).singleElement().satisfies(p -> {
            assertThat(p.getKey()).isEqualTo("501");
            assertThat(p.getValue().text())
                    .isEqualTo("📎 Request No. MOW-000001: someone filing for the same person added:\n\n"
                            + "She also needs her glasses fixed");
            assertThat(p.getValue().keyboard()).isEqualTo(Reply.Keyboard.NONE);
        });
    }

    @Test
    void aRequestersMessageGoesToTheHqChatWhileNobodyHoldsItWithAReplyButtonAndNoIdentity() {
        chats.bind(new HqChat(MOSCOW_HQ, "RU-MOW", "en", true), "900", T0);
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        note("MOW-000001", RequestNote.Kind.FROM_REQUESTER, REQUESTER, "Please come after 5 pm");

        relay().sweep();

        assertThat(channel.postedMessages).singleElement().satisfies(p -> {
            assertThat(p.getKey()).isEqualTo("-100");
            assertThat(p.getValue().text())
                    .contains("Request No. MOW-000001", "Please come after 5 pm")
                    .doesNotContain("Anna", "1001", "+7916");
            assertThat(((Reply.Keyboard.Inline) p.getValue().keyboard()).rows())
                    .containsExactly(List.of(new Reply.Button("↩️ Reply", "h:r:MOW-000001")));
        });
    }

    @Test
    void theRelayRemembersHowFarItToldAcrossARestartAndTellsOnlyNewNotes() {
        requests.held("MOW-000001", "RU-MOW", HOLDER);
        note("MOW-000001", RequestNote.Kind.FROM_REQUESTER, REQUESTER, "first");
        relay().sweep();

        NoteRelay afterRestart = relay();
        afterRestart.sweep();
        note("MOW-000001", RequestNote.Kind.FROM_REQUESTER, REQUESTER, "second");
        note("MOW-000001", RequestNote.Kind.FROM_HQ, HOLDER, "We will come at six");
        afterRestart.sweep();
        afterRestart.sweep();

        assertThat(channel.posts).hasSize(2);
        assertThat(channel.posts.get(0)).startsWith("501: ").endsWith("first");
        assertThat(channel.posts.get(1)).startsWith("501: ").endsWith("second");
        assertThat(channel.sent)
                .containsExactly("1001: ✉️ The HQ writes about your request No. MOW-000001:\n\nWe will come at six");
        var told = new MongoNoticeMarks(mongo.database()).notesTold("MOW-000001");
        assertThat(told).isEqualTo(new MongoNoticeMarks.NotesTold(2, 3));
    }

    @Test
    void whileTheBotApiFailsTheNoteWaitsAndIsDeliveredOnceWhenItIsBack() {
        requests.held("MOW-000001", "RU-MOW", HOLDER);
        note("MOW-000001", RequestNote.Kind.FROM_REQUESTER, REQUESTER, "hello");
        channel.answers.put("501", HqFakes.Answer.PASSING);

        relay().sweep();
        assertThat(channel.posts).isEmpty();
        // long after the changed-requests sweep has moved on: the owed list still has it
        clock.advance(Duration.ofHours(3));
        relay().sweep();
        assertThat(channel.posts).isEmpty();

        channel.answers.remove("501");
        clock.advance(NoteRelay.RETRY);
        relay().sweep();
        relay().sweep();

        assertThat(channel.posts).singleElement().asString().startsWith("501: ").endsWith("hello");
        assertThat(new MongoNoticeMarks(mongo.database()).notesOwedDue(clock.instant(), 10))
                .isEmpty();
    }

    @Test
    void aHolderWhoBlockedTheBotIsReplacedByTheHqChats() {
        chats.bind(new HqChat(MOSCOW_HQ, "RU-MOW", "en", true), "900", T0);
        requests.held("MOW-000001", "RU-MOW", HOLDER);
        note("MOW-000001", RequestNote.Kind.FROM_REQUESTER, REQUESTER, "hello");
        channel.answers.put("501", HqFakes.Answer.CHAT_GONE);

        relay().sweep();

        assertThat(channel.posts).singleElement().asString().startsWith("-100: ");
    }

    @Test
    void theHqsAnswerWaitsForTheMorningInQuietHoursAndTheRequestersMessageDoesNot() {
        clock.advance(Duration.between(T0, NIGHT));
        requests.held("MOW-000001", "RU-MOW", HOLDER);
        note("MOW-000001", RequestNote.Kind.FROM_HQ, HOLDER, "Tomorrow at ten");
        note("MOW-000001", RequestNote.Kind.FROM_REQUESTER, REQUESTER, "Thanks, late reply");

        relay().sweep();
        assertThat(channel.posts).as("to the HQ at once").hasSize(1);
        assertThat(channel.sent).as("not to the requester at night").isEmpty();
        assertThat(new MongoNoticeMarks(mongo.database()).notesOwedDue(Instant.parse("2026-11-26T05:00:00Z"), 10))
                .containsExactly("MOW-000001");

        clock.advance(Duration.ofHours(9).minusMinutes(1)); // 07:59 in Moscow
        relay().sweep();
        assertThat(channel.sent).isEmpty();
        clock.advance(Duration.ofMinutes(1)); // 08:00
        relay().sweep();
        assertThat(channel.sent).singleElement().asString().endsWith("Tomorrow at ten");
    }

    @Test
    void aRequestWantedTodayIsAnsweredEvenAtNight() {
        clock.advance(Duration.between(T0, NIGHT));
        HelpRequest today = HqFakes.request("MOW-000001", "RU-MOW", T0);
        requests.add(new HelpRequest(
                today.number(),
                today.status(),
                null,
                null,
                today.regionCode(),
                today.forWhom(),
                today.requester(),
                today.beneficiary(),
                today.address(),
                today.needs(),
                "today",
                today.details(),
                today.consent(),
                today.answers(),
                today.source(),
                today.createdAt(),
                today.updatedAt(),
                0));
        note("MOW-000001", RequestNote.Kind.FROM_HQ, HOLDER, "On our way");

        relay().sweep();

        assertThat(channel.sent).singleElement().asString().endsWith("On our way");
    }

    @Test
    void whenTheReplyCannotBeKeptForTheRequesterItIsTriedAgain() {
        requests.held("MOW-000001", "RU-MOW", HOLDER);
        note("MOW-000001", RequestNote.Kind.FROM_HQ, HOLDER, "hello");
        channel.sendFails = true;
        relay().sweep();
        channel.sendFails = false;
        clock.advance(Duration.ofMinutes(5));
        relay().sweep();

        assertThat(channel.sent).singleElement().asString().endsWith("hello");
    }

    private void note(String number, RequestNote.Kind kind, Actor author, String text) {
        notes.add(number, kind, author, text, clock.instant());
        // as the store does: a note moves the request's updatedAt
        HelpRequest r = requests.byNumber.get(number);
        requests.byNumber.put(
                number,
                new HelpRequest(
                        r.number(),
                        r.status(),
                        r.statusReason(),
                        r.holder(),
                        r.regionCode(),
                        r.forWhom(),
                        r.requester(),
                        r.beneficiary(),
                        r.address(),
                        r.needs(),
                        r.urgency(),
                        r.details(),
                        r.consent(),
                        r.answers(),
                        r.source(),
                        r.createdAt(),
                        clock.instant(),
                        r.version() + 1));
    }

    private NoteRelay relay() {
        ChatDelivery delivery = new ChatDelivery(() -> Map.of("telegram", channel));
        CardView view = new CardView(FixedRegions.none(), OptionNames.from(new DialogFolder(Path.of("dialogs"))));
        CleaningMessages cleaning =
                new CleaningMessages(new MongoPostedMessages(mongo.database()), view, delivery, job -> {}, clock, null);
        return new NoteRelay(
                requests,
                requests,
                notes,
                new MongoNoticeMarks(mongo.database()),
                chats,
                delivery,
                new LostChats(chats, clock),
                cleaning,
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0)),
                code -> ZoneId.of("Europe/Moscow"),
                clock);
    }

    /** Notes in memory, numbered per request as the store does. */
    static final class Notes implements RequestNotes {
        final Map<String, List<RequestNote>> byNumber = new LinkedHashMap<>();

        @Override
        public Optional<RequestNote> add(String number, RequestNote.Kind kind, Actor author, String text, Instant at) {
            List<RequestNote> list = byNumber.computeIfAbsent(number, n -> new ArrayList<>());
            RequestNote note = new RequestNote(list.size() + 1, kind, author, text, at);
            list.add(note);
            return Optional.of(note);
        }

        @Override
        public List<RequestNote> notes(String number) {
            return List.copyOf(byNumber.getOrDefault(number, List.of()));
        }
    }
}
