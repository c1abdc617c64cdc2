package org.wearetogether.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.tasks.internal.TaskBed.IVAN;
import static org.wearetogether.tasks.internal.TaskBed.MARIA;
import static org.wearetogether.tasks.internal.TaskBed.NUMBER;
import static org.wearetogether.tasks.internal.TaskBed.text;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.RequestStatusChanged;

/**
 * The door is safe: the volunteer sees the request's code word only once they accept; a volunteer who declines, does
 * not answer or is withdrawn never sees it; every task after the first gets a new word and the requester hears it.
 * The requester's chat is {@code 1001}; the fake gives "word-1" at filing, then "word-2", "word-3".
 */
class CodeWordTaskTest {

    private static final String REQUESTER = "1001";
    private final TaskBed bed = new TaskBed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anOfferedVolunteerIsPromisedTheWordButNotShownItAndTheFirstAcceptGetsTheWordGivenAtFiling() {
        String id = bed.offerTo("777");

        assertThat(bed.chats.of("777"))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .contains("code word for the door once you accept")
                        .doesNotContain("word-"));

        List<String> accepted = List.of(text(bed.press(IVAN, "t:acc:" + id)));
        assertThat(accepted)
                .singleElement()
                .satisfies(t -> assertThat(t).contains("Code word: \"word-1\". Say it at the door"));
        assertThat(bed.chats.of(REQUESTER)).isEmpty(); // the word they were given at filing still counts
    }

    @Test
    void aVolunteerWhoDeclinesNeverSeesTheWordAndTheNextOfferGivesTheRequesterANewOne() {
        String first = bed.offerTo("777");
        String declined = text(bed.press(IVAN, "t:dec:" + first)) + text(bed.press(IVAN, "t:decw:" + first + ":busy"));

        String second = bed.offerTo("778");

        assertThat(bed.chats.of(REQUESTER))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .contains("New code word for request No. " + NUMBER + ": \"word-2\"")
                        .contains("open the door only to someone who says this word"));
        assertThat(text(bed.press(MARIA, "t:acc:" + second))).contains("\"word-2\"");
        assertThat(declined).doesNotContain("word-");
        assertThat(bed.chats.of("777")).noneMatch(t -> t.contains("word-"));
    }

    @Test
    void aVolunteerWhoDidNotAnswerInTimeNeverSawTheWordAndTheNextOfferRenewsIt() {
        bed.offerTo("777");
        bed.clock.advance(Duration.ofMinutes(61));
        bed.withdrawing().sweep();

        String second = bed.offerTo("778");

        assertThat(bed.chats.of("777")).noneMatch(t -> t.contains("word-"));
        assertThat(bed.chats.of(REQUESTER))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("\"word-2\""));
        assertThat(text(bed.press(MARIA, "t:acc:" + second))).contains("\"word-2\"");
    }

    @Test
    void aVolunteerWhoAcceptedAndThenCannotDoItLosesTheWordAndTheNextVolunteerGetsANewOne() {
        String first = bed.offerTo("777");
        assertThat(text(bed.press(IVAN, "t:acc:" + first))).contains("\"word-1\"");
        bed.press(IVAN, "t:cant:" + first);

        assertThat(text(bed.press(IVAN, "t:cantw:" + first + ":ill"))).doesNotContain("word-");

        String second = bed.offerTo("778");
        assertThat(bed.chats.of(REQUESTER))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("\"word-2\""));
        assertThat(text(bed.press(MARIA, "t:acc:" + second)))
                .contains("\"word-2\"")
                .doesNotContain("word-1");
    }

    @Test
    void anHqClosingTheRequestTakesTheWordOutOfTheAcceptedVolunteersMessage() {
        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);
        var closed = (RequestLifecycle.Changed)
                bed.requests.change(NUMBER, TaskBed.OLGA, RequestStatus.CANCELLED, null, bed.clock.instant());

        bed.withdrawing().on(new RequestStatusChanged(closed.request(), closed.change()));

        assertThat(bed.chats.of("777"))
                .filteredOn(t -> t.startsWith("(edited)"))
                .isNotEmpty()
                .allMatch(t -> !t.contains("word-1"));
    }

    @Test
    void tasksShowsTheWordOfAnAcceptedTaskOnlyAndInAPrivateChatOnly() {
        TasksCommand command = new TasksCommand(bed.tasks, bed.requests, bed.messages, bed.codeWords);
        String id = bed.offerTo("777");
        assertThat(text(command.run(IVAN, "en", "")))
                .contains("once you accept")
                .doesNotContain("word-");

        bed.press(IVAN, "t:acc:" + id);

        assertThat(text(command.run(IVAN, "en", ""))).contains("Code word: \"word-1\"");
        assertThat(text(command.run(
                        new org.wearetogether.dialog.Person("telegram", "-100", "777", "Ivan", null), "en", "")))
                .doesNotContain("word-");
    }

    @Test
    void anOfferWithdrawnBecauseTheHqReturnedTheRequestNeverShowedTheWord() {
        bed.offerTo("777");
        var back = (RequestLifecycle.Changed)
                bed.requests.change(NUMBER, TaskBed.OLGA, RequestStatus.SUBMITTED, null, bed.clock.instant());

        bed.withdrawing().on(new RequestStatusChanged(back.request(), back.change()));

        assertThat(bed.chats.of("777")).hasSizeGreaterThan(1).noneMatch(t -> t.contains("word-"));
    }

    @Test
    void aWordTheStoreCouldNotBindIsPromisedToTheAcceptedVolunteerAndTasksShowsItOnceTheStoreIsBack() {
        TasksCommand command = new TasksCommand(bed.tasks, bed.requests, bed.messages, bed.codeWords);
        bed.requests.codeWordStoreDown = true;
        String id = bed.offerTo("777");

        assertThat(text(bed.press(IVAN, "t:acc:" + id)))
                .contains("code word is still on its way")
                .doesNotContain("word-");
        assertThat(text(command.run(IVAN, "en", ""))).contains("still on its way");

        bed.requests.codeWordStoreDown = false;
        assertThat(text(command.run(IVAN, "en", ""))).contains("Code word: \"word-1\"");
        assertThat(bed.chats.of(REQUESTER)).isEmpty();
    }

    @Test
    void aRequesterWhoCouldNotBeReachedIsToldTheNewWordByTheSweepOnceAndABlockedOneIsNotRetried() {
        String first = bed.offerTo("777");
        bed.press(IVAN, "t:dec:" + first);
        bed.press(IVAN, "t:decw:" + first + ":busy");
        bed.chats.failing.add(REQUESTER);

        bed.offerTo("778");

        assertThat(bed.chats.of(REQUESTER)).isEmpty();
        assertThat(bed.codeWords.retryUntold()).isZero();
        bed.chats.failing.remove(REQUESTER);
        assertThat(bed.codeWords.retryUntold()).isEqualTo(1);
        assertThat(bed.codeWords.retryUntold()).isZero();
        assertThat(bed.chats.of(REQUESTER))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("\"word-2\""));
    }

    @Test
    void aRequesterWhoBlockedTheBotIsNotRetriedForEver() {
        String first = bed.offerTo("777");
        bed.press(IVAN, "t:dec:" + first);
        bed.press(IVAN, "t:decw:" + first + ":busy");
        bed.chats.unreachable.add(REQUESTER);

        bed.offerTo("778");

        assertThat(bed.requests.untold(10)).isEmpty();
        assertThat(bed.codeWords.retryUntold()).isZero();
    }
}
