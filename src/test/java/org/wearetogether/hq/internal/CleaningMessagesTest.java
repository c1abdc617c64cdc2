package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.hq.internal.HqFakes.Answer;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.intake.StatusChange;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;

class CleaningMessagesTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final String NUMBER = "MOW-000001";
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "901", "Olga");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final HqFakes.Channel channel = new HqFakes.Channel();
    private final HqFakes.MovingClock clock = new HqFakes.MovingClock(T0);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> nudged = new ArrayList<>();
    private CleaningMessages cleaning = cleaning();

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void whenARequestIsDoneEveryMessageAboutItIsEditedToAStubInItsChatsLanguage() {
        postedAll();

        cleaning.on(ended(RequestStatus.DONE, null));
        assertThat(nudged).as("the HQ sweep is asked to run soon").containsExactly(HqWork.NAME);
        assertThat(channel.edits)
                .as("the edits are the sweep's work, not the press's")
                .isEmpty();

        assertThat(cleaning.cleanDue()).isEqualTo(3);
        assertThat(channel.edits)
                .containsExactlyInAnyOrder(
                        "-100/11: Просьба № MOW-000001 — выполнена. Подробности удалены.",
                        "-100/12: Просьба № MOW-000001 — выполнена. Подробности удалены.",
                        "901/13: Request No. MOW-000001 — done. Details removed.");
        assertThat(counted("cleaned")).isEqualTo(3);

        assertThat(cleaning.cleanDue()).as("nothing is due any more").isZero();
        assertThat(channel.edits).hasSize(3);
    }

    @Test
    void aFreeTextReasonNeverReachesTheStubAPresetOneDoes() {
        cleaning.posted(NUMBER, card("11"));
        cleaning.on(ended(RequestStatus.CANNOT_FULFIL, "Maria Ivanovna moved, call +79160000001"));
        cleaning.cleanDue();
        cleaning.posted("MOW-000002", card("21"));
        cleaning.on(new RequestStatusChanged(
                request(
                        "MOW-000002",
                        RequestStatus.CANNOT_FULFIL,
                        Reasons.ALL.get("dup").in("en")),
                change(RequestStatus.CANNOT_FULFIL)));
        cleaning.cleanDue();

        assertThat(channel.edits)
                .containsExactly(
                        "-100/11: Просьба № MOW-000001 — не удалось выполнить. Подробности удалены.",
                        "-100/21: Просьба № MOW-000002 — не удалось выполнить (такая просьба уже есть). Подробности"
                                + " удалены.");
    }

    @Test
    void anEditThatFailsForAPassingReasonIsTriedAgainWithBackOffUntilItSucceeds() {
        postedAll();
        channel.editAnswers.put("12", Answer.PASSING);
        cleaning.on(ended(RequestStatus.DONE, null));

        cleaning.cleanDue();
        assertThat(edited()).containsExactly("11");
        assertThat(counted("retried")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        cleaning.cleanDue();
        assertThat(counted("retried")).as("not before the back-off").isEqualTo(1);

        clock.advance(CleaningMessages.FIRST_RETRY);
        cleaning.cleanDue();
        assertThat(counted("retried")).as("tried again, still failing").isEqualTo(2);
        assertThat(edited()).containsExactly("11");

        channel.editAnswers.remove("12");
        clock.advance(CleaningMessages.backOff(2));
        cleaning.cleanDue();
        assertThat(edited()).containsExactly("11", "12", "13");
        assertThat(cleaning.cleanDue()).isZero();
    }

    @Test
    void whileEditsFailForAPassingReasonTheSweepStopsAtTheFirstAndPausesInsteadOfTryingEveryRequest() {
        cleaning.posted(NUMBER, card("11"));
        cleaning.posted("MOW-000002", card("21"));
        channel.editAnswers.put("11", Answer.PASSING);
        channel.editAnswers.put("21", Answer.PASSING);
        cleaning.on(ended(RequestStatus.DONE, null));
        cleaning.on(
                new RequestStatusChanged(request("MOW-000002", RequestStatus.DONE, null), change(RequestStatus.DONE)));

        cleaning.cleanDue();
        clock.advance(Duration.ofSeconds(3));
        cleaning.cleanDue();
        assertThat(counted("retried")).as("one failing edit, then a pause").isEqualTo(1);

        channel.editAnswers.clear();
        clock.advance(CleaningMessages.FIRST_RETRY);
        cleaning.cleanDue();
        assertThat(edited()).containsExactly("11", "21");
    }

    @Test
    void anEditRefusedForGoodIsGivenUpCountedAndNeverTriedAgain() {
        postedAll();
        channel.editAnswers.put("11", Answer.MESSAGE_REFUSED);
        channel.editAnswers.put("13", Answer.CHAT_GONE);
        cleaning.on(ended(RequestStatus.CANCELLED, null));

        cleaning.cleanDue();
        assertThat(edited()).containsExactly("12");
        assertThat(counted("given_up")).isEqualTo(2);
        assertThat(new MongoPostedMessages(mongo.database())
                        .of(NUMBER)
                        .orElseThrow()
                        .givenUp())
                .as("recorded as given up")
                .containsExactlyInAnyOrder("telegram:-100#11", "telegram:901#13");

        channel.editAnswers.clear();
        clock.advance(Duration.ofDays(1));
        assertThat(cleaning.cleanDue()).isZero();
        assertThat(edited()).containsExactly("12");
        assertThat(counted("given_up")).isEqualTo(2);
    }

    @Test
    void whatWasCleanedAndWhatIsPendingSurviveARestart() {
        postedAll();
        channel.editAnswers.put("13", Answer.PASSING);
        cleaning.on(ended(RequestStatus.DONE, null));
        cleaning.cleanDue();
        assertThat(edited()).containsExactly("11", "12");

        cleaning = cleaning(); // a new process: nothing is kept in memory
        channel.editAnswers.clear();
        clock.advance(Duration.ofMinutes(5));
        cleaning.cleanDue();

        assertThat(edited()).as("only the pending one is edited again").containsExactly("11", "12", "13");
    }

    @Test
    void aMessagePostedAfterTheRequestEndedIsCleanedToo() {
        cleaning.posted(NUMBER, card("11"));
        cleaning.on(ended(RequestStatus.DONE, null));
        cleaning.cleanDue();

        cleaning.posted(NUMBER, card("14")); // a sweep that read the request while it was open
        cleaning.cleanDue();

        assertThat(edited()).containsExactly("11", "14");
    }

    @Test
    void anErasedRequestsMessagesAreCleanedAndAnErasureOfOneNeverPostedStoresNothing() {
        cleaning.posted(NUMBER, card("11"));
        cleaning.on(new RequestErased(NUMBER, RequestErased.Why.RETENTION));
        cleaning.on(new RequestErased("MOW-000099", RequestErased.Why.REQUESTER));
        cleaning.cleanDue();

        assertThat(channel.edits).containsExactly("-100/11: Просьба № MOW-000001 — закрыта. Подробности удалены.");
        assertThat(new MongoPostedMessages(mongo.database()).of("MOW-000099")).isEmpty();
        assertThat(nudged).hasSize(1);
    }

    @Test
    void theRecordOfCleanedMessagesHoldsNoPersonalData() {
        postedAll();
        cleaning.on(ended(RequestStatus.CANNOT_FULFIL, "Maria Ivanovna, +79160000001"));
        cleaning.cleanDue();

        String stored = String.valueOf(
                        mongo.database().getCollection("hq_messages").find().into(new ArrayList<>()))
                + mongo.database().getCollection("hq_cleaning").find().into(new ArrayList<>());
        assertThat(stored)
                .doesNotContain("Maria")
                .doesNotContain("7916")
                .doesNotContain("Tverskaya")
                .as("not even the coordinator's private chat, once its message is cleaned")
                .doesNotContain("telegram:901");
    }

    @Test
    void aStoredMessageIsStoredOnceHoweverOftenItIsRecorded() {
        cleaning.posted(NUMBER, card("11"));
        cleaning.posted(NUMBER, card("11"));
        assertThat(new MongoPostedMessages(mongo.database())
                        .of(NUMBER)
                        .orElseThrow()
                        .messages())
                .hasSize(1);
    }

    @Test
    void cardsPostedByAnEarlierVersionAreCopiedOnceAndCleanedLikeNewOnes() {
        MongoCards cards = new MongoCards(mongo.database());
        cards.save(new Card(NUMBER, "telegram:-100", "11", "ru"));
        cards.save(new Card(NUMBER, "telegram:-200", null, "ru")); // a chat that could not be reached: no message
        MongoPostedMessages store = new MongoPostedMessages(mongo.database());
        new LegacyCards(cards, store).copyOnce();
        new LegacyCards(cards, store).copyOnce(); // a second process: the mark says it is done

        assertThat(cleaning.liveCards(NUMBER)).extracting(Card::messageId).containsExactly("11");
        cleaning.on(ended(RequestStatus.DONE, null));
        cleaning.cleanDue();
        assertThat(edited()).containsExactly("11");
        assertThat(cleaning.liveCards(NUMBER))
                .as("an ended request's cards are not refreshed")
                .isEmpty();
    }

    @Test
    void backOffDoublesFromAMinuteToAtMostAnHour() {
        assertThat(CleaningMessages.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(CleaningMessages.backOff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(CleaningMessages.backOff(50)).isEqualTo(Duration.ofHours(1));
    }

    private void postedAll() {
        cleaning.posted(NUMBER, card("11"));
        cleaning.posted(NUMBER, new PostedMessage("telegram:-100", "12", "ru", PostedMessage.Kind.REANNOUNCEMENT));
        cleaning.posted(NUMBER, new PostedMessage("telegram:901", "13", "en", PostedMessage.Kind.CONTACTS));
    }

    private static PostedMessage card(String id) {
        return new PostedMessage("telegram:-100", id, "ru", PostedMessage.Kind.CARD);
    }

    private List<String> edited() {
        return channel.edits.stream()
                .map(e -> e.substring(e.indexOf('/') + 1, e.indexOf(':')))
                .sorted()
                .toList();
    }

    private double counted(String outcome) {
        var counter = meters.find("together.hq.messages.cleaning")
                .tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private RequestStatusChanged ended(RequestStatus to, String reason) {
        return new RequestStatusChanged(request(NUMBER, to, reason), change(to));
    }

    private static StatusChange change(RequestStatus to) {
        return new StatusChange(2, RequestStatus.ACCEPTED, to, OLGA, null, T0);
    }

    private static HelpRequest request(String number, RequestStatus status, String reason) {
        HelpRequest r = HqFakes.request(number, "RU-MOW", T0);
        return new HelpRequest(
                r.number(),
                status,
                reason,
                OLGA,
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
                r.updatedAt(),
                r.version());
    }

    private CleaningMessages cleaning() {
        CardView view = new CardView(FixedRegions.none(), OptionNames.from(new DialogFolder(Path.of("dialogs"))));
        ChatDelivery delivery = new ChatDelivery(() -> java.util.Map.of("telegram", channel));
        return new CleaningMessages(
                new MongoPostedMessages(mongo.database()), view, delivery, nudged::add, clock, meters);
    }
}
