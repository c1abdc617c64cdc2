package org.wearetogether.dialog.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.DialogOutcome;
import org.wearetogether.dialog.Reply;

class DialogEngineTest {

    private final TestDialogs.RecordingAction action = new TestDialogs.RecordingAction();
    private final Chat chat = new Chat(TestDialogs.engine(action));

    private static final Map<String, Object> RELATIVE_ANSWERS = Map.ofEntries(
            Map.entry("for_whom", "relative"),
            Map.entry("name", "Maria"),
            Map.entry("age", "82"),
            Map.entry("needs", List.of("groceries", "medicines")),
            Map.entry("visit_date", "2026-12-01"),
            Map.entry("phone", "+79161234567"),
            Map.entry("region", "RU-MOW"),
            Map.entry("address", "Lenina 1, Moscow"),
            Map.entry("requester_name", "Ivan"),
            Map.entry("details", "Fourth floor"),
            Map.entry("consent", "2026-11-25"));

    /** Answers every question as a relative would, up to the summary. */
    static Chat toSummaryAsRelative(Chat chat) {
        chat.start("test_help", "en", Map.of())
                .press("A relative")
                .type("Maria")
                .type("82");
        chat.press("Groceries").press("Medicines").press("Done").type("01.12.2026");
        chat.type("8 916 123-45-67").press("Moscow").type("Lenina 1, Moscow").type("Ivan");
        return chat.type("Fourth floor").press("I agree");
    }

    @Test
    void completesTheDialogWithExactlyTheAnswersGiven() {
        toSummaryAsRelative(chat);
        assertThat(chat.step()).isEqualTo("summary");
        chat.press("Send");

        assertThat(chat.last.ended()).isTrue();
        var completed = (DialogOutcome.Completed) chat.last.outcome();
        assertThat(completed.answers()).isEqualTo(RELATIVE_ANSWERS);
        assertThat(completed.reference()).isEqualTo("MOW-000001");
        assertThat(chat.text()).isEqualTo("Thank you!\nYour number is MOW-000001");
        assertThat(action.submissions).singleElement().satisfies(s -> {
            assertThat(s.answers()).isEqualTo(RELATIVE_ANSWERS);
            assertThat(s.conversationId()).isEqualTo(completed.conversationId());
            assertThat(s.dialogVersion()).isEqualTo(3);
        });
    }

    @Test
    void summaryShowsEveryAnswerAsPeopleReadIt() {
        toSummaryAsRelative(chat);

        assertThat(chat.text())
                .contains("Please check:")
                .contains("For whom: A relative")
                .contains("Needs: Groceries, Medicines")
                .contains("Date: 01.12.2026")
                .contains("Phone: +7 916 123-45-67")
                .contains("Region: Moscow")
                .contains("Requester: Ivan");
        assertThat(chat.labels()).contains("✏️ Phone", "✏️ Region", "Send", "✖️ Cancel");
    }

    @Test
    void fillsPlaceholdersWithEarlierAnswers() {
        chat.start("test_help", "en", Map.of()).press("A relative").type("Maria");

        assertThat(chat.text()).isEqualTo("How old is Maria?");
    }

    @Test
    void firstQuestionHasCancelButNoBack() {
        chat.start("test_help", "en", Map.of());

        assertThat(chat.labels()).containsExactly("Me", "A relative", "✖️ Cancel");
        chat.press("Me");
        assertThat(chat.labels()).containsExactly("⬅️ Back", "✖️ Cancel");
    }

    @Test
    void backReturnsToThePreviousAnsweredStep() {
        chat.start("test_help", "en", Map.of())
                .press("A relative")
                .type("Maria")
                .type("82");
        assertThat(chat.step()).isEqualTo("needs");

        chat.press("Back");
        assertThat(chat.step()).isEqualTo("age");
        chat.send(new DialogInput.Back());
        assertThat(chat.step()).isEqualTo("name");
        assertThat(chat.conversation.path()).containsExactly("for_whom");
        chat.type("Olga").type("90");
        assertThat(chat.conversation.answers()).containsEntry("name", "Olga").containsEntry("age", "90");
    }

    @Test
    void cancelAsksToConfirmAndNoReturnsToTheQuestion() {
        chat.start("test_help", "en", Map.of()).press("A relative").press("Cancel");
        assertThat(chat.conversation.mode()).isEqualTo(Conversation.Mode.CONFIRMING_CANCEL);
        assertThat(chat.text()).isEqualTo("Cancel? Your answers will not be kept.");

        chat.press("No, continue");
        assertThat(chat.conversation.mode()).isEqualTo(Conversation.Mode.ASKING);
        assertThat(chat.step()).isEqualTo("name");
        assertThat(chat.text()).isEqualTo("What is the person's name?");
    }

    @Test
    void confirmedCancelEndsTheConversation() {
        chat.start("test_help", "en", Map.of()).press("A relative").send(new DialogInput.Cancel());
        chat.press("Yes, cancel");

        assertThat(chat.last.ended()).isTrue();
        assertThat(chat.last.outcome()).isEqualTo(new DialogOutcome.Cancelled("test_help"));
        assertThat(chat.text()).contains("Cancelled");
    }

    @Test
    void restartDropsTheAnswersAndAsksTheFirstQuestion() {
        chat.start("test_help", "en", Map.of()).press("A relative").type("Maria");
        chat.send(new DialogInput.Restart());

        assertThat(chat.step()).isEqualTo("for_whom");
        assertThat(chat.conversation.answers()).isEmpty();
        assertThat(chat.conversation.path()).isEmpty();
    }

    @Test
    void reasksWithTheStepHintWhenTheAnswerIsInvalid() {
        chat.start("test_help", "en", Map.of()).press("A relative").type("M");

        assertThat(chat.step()).isEqualTo("name");
        assertThat(chat.text()).isEqualTo("Please write the name in letters\n\nWhat is the person's name?");
        assertThat(chat.conversation.invalidInARow()).isEqualTo(1);
        chat.type("Maria2");
        assertThat(chat.text()).startsWith("No digits, please");
    }

    @Test
    void reasksWithTheKindsDefaultHint() {
        chat.start("test_help", "en", Map.of())
                .press("A relative")
                .type("Maria")
                .type("two hundred");

        assertThat(chat.text()).startsWith("Please type a number from 1 to 120.");
        chat.type("82.5");
        assertThat(chat.step()).isEqualTo("age");
    }

    @Test
    void offersHelpAndAWayOutAfterThreeInvalidAnswersInARow() {
        chat.start("test_help", "en", Map.of()).press("A relative").type("1").type("2");
        assertThat(chat.text()).doesNotContain("difficult");
        chat.type("3");

        assertThat(chat.text()).contains("This question seems difficult. Please write the name in letters");
        assertThat(chat.text()).contains("If the phone is easier, call the hotline: 8 800 200-34-11.");
        assertThat(chat.labels()).contains("🔄 Start over", "✖️ Cancel");
        assertThat(chat.text()).endsWith("What is the person's name?");
        chat.press("Start over");
        assertThat(chat.step()).isEqualTo("for_whom");
    }

    @Test
    void asksAConditionalStepOnlyWhenItsConditionHolds() {
        chat.start("test_help", "en", Map.of("for_whom", "me")).type("Maria").type("82");
        chat.press("Groceries").press("Done").type("2026-12-01");
        chat.send(new DialogInput.ContactShared("79161234567", true))
                .press("Moscow")
                .type("Lenina 1, Moscow");

        assertThat(chat.step()).isEqualTo("details");
        assertThat(chat.conversation.path()).doesNotContain("requester_name");
    }

    @Test
    void presetAnswersSkipTheirSteps() {
        chat.start("test_help", "en", Map.of("for_whom", "relative"));

        assertThat(chat.step()).isEqualTo("name");
        assertThat(chat.conversation.path()).containsExactly("for_whom");
        assertThat(chat.conversation.prompt()).isEqualTo(1);
        assertThat(chat.conversation.id()).matches("[0-9a-z]{8}");
    }

    @Test
    void editingAnAnswerFromTheSummaryReturnsToTheSummary() {
        toSummaryAsRelative(chat).press("✏️ Phone");
        assertThat(chat.step()).isEqualTo("phone");
        assertThat(chat.conversation.editing()).isTrue();

        chat.type("+7 (916) 765-43-21");
        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.conversation.editing()).isFalse();
        assertThat(chat.text()).contains("Phone: +7 916 765-43-21");
        assertThat(chat.conversation.answers()).containsEntry("region", "RU-MOW");
    }

    @Test
    void editingAChoiceDropsAnswersOfStepsThatNoLongerApply() {
        toSummaryAsRelative(chat).press("✏️ For whom").press("Me");

        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.conversation.answers()).doesNotContainKey("requester_name");
        assertThat(chat.text()).doesNotContain("Requester");
    }

    @Test
    void editingAChoiceAsksNewlyRequiredStepsBeforeReturning() {
        chat.start("test_help", "en", Map.of("for_whom", "me")).type("Maria").type("82");
        chat.press("Groceries").press("Done").type("2026-12-01");
        chat.send(new DialogInput.ContactShared("+79161234567", true))
                .press("Moscow")
                .type("Lenina 1, Moscow");
        chat.press("Skip").press("I agree");
        assertThat(chat.step()).isEqualTo("summary");

        chat.press("✏️ For whom").press("A relative");
        assertThat(chat.step()).isEqualTo("requester_name");
        chat.type("Ivan");
        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.conversation.answers())
                .containsEntry("requester_name", "Ivan")
                .doesNotContainKey("details");
    }

    @Test
    void buttonOfAnOlderQuestionChangesNothing() {
        chat.start("test_help", "en", Map.of()).press("A relative");
        var old = chat.everyButton.get(0);
        Conversation before = chat.conversation;

        chat.send(new DialogInput.ButtonPressed(old.data()));
        assertThat(chat.conversation).isSameAs(before);
        assertThat(chat.last.replies()).containsExactly(new Reply.Notice("This button is no longer active"));
    }

    @Test
    void forgedMalformedAndForeignButtonsChangeNothing() {
        chat.start("test_help", "ru", Map.of());
        Conversation before = chat.conversation;
        String own = "d:" + before.id() + ":" + before.prompt() + ":";
        for (String data : List.of(
                "d:zzzzzzzz:1:o:0",
                own + "o:9",
                own + "zz",
                own,
                "d:",
                "d:x",
                "m:menu",
                "d:" + before.id() + ":x:o:0",
                own + "e:0",
                own + "o:-1")) {
            chat.conversation = before;
            chat.send(new DialogInput.ButtonPressed(data));
            assertThat(chat.conversation).as(data).isSameAs(before);
            assertThat(chat.last.replies()).as(data).containsExactly(new Reply.Notice("Эта кнопка уже не действует"));
        }
    }

    @Test
    void ownsOnlyDialogButtonData() {
        assertThat(chat.engine.ownsButtonData("d:abc:1:o:0")).isTrue();
        assertThat(chat.engine.ownsButtonData("m:menu")).isFalse();
        assertThat(chat.engine.ownsButtonData(null)).isFalse();
    }

    @Test
    void everyRenderedButtonFitsInSixtyFourBytes() {
        toSummaryAsRelative(chat).press("✏️ Requester").type("Ivan Petrovich").press("Send");

        assertThat(chat.everyButton).hasSizeGreaterThan(30);
        assertThat(chat.everyButton)
                .allSatisfy(b -> assertThat(b.data().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(64));
    }
}
