package org.wearetogether.dialog.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.DialogOutcome;
import org.wearetogether.dialog.Reply;

/**
 * A completion action may ask one question after Send (the same person has an open request: add to it or file
 * anyway?). Everything typed is kept whichever way the person goes: Back returns to the summary, the choice reaches
 * the action, and a failure after it leaves the person at the summary.
 */
class DecisionAfterSendTest {

    private static final Map<String, Object> UP_TO_SUMMARY = Map.ofEntries(
            Map.entry("for_whom", "me"),
            Map.entry("beneficiary_name", "Мария"),
            Map.entry("age_group", "age_65_plus"),
            Map.entry("beneficiary_phone", "+79161234567"),
            Map.entry("region", "RU-MOW"),
            Map.entry("address", "Химки, ул. Мира, д. 3"),
            Map.entry("needs", List.of("groceries")),
            Map.entry("urgency", "today"));

    private final Asking action = new Asking();
    private final Chat chat = new Chat(EmergencyWarningTest.shippedEngine(action));

    @Test
    void theQuestionComesAfterSendWithItsChoicesBackAndCancel() {
        atSummary();

        chat.press("Send the request");

        assertThat(chat.text()).isEqualTo("Same person as No. MOW-000007?");
        assertThat(chat.labels()).containsExactly("Add to No. MOW-000007", "File anyway", "⬅️ Back", "✖️ Cancel");
        assertThat(chat.conversation.mode()).isEqualTo(Conversation.Mode.DECIDING);
        assertThat(chat.step()).isEqualTo("summary");
        assertThat(action.submissions.getFirst().answers())
                .as("the action never sees the question itself")
                .doesNotContainKey(PendingDecision.ANSWER_KEY);
    }

    @Test
    void backReturnsToTheSummaryWithEveryAnswerKept() {
        atSummary();
        Map<String, Object> before = chat.conversation.answers();
        chat.press("Send the request");

        chat.press("⬅️ Back");

        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.conversation.mode()).isEqualTo(Conversation.Mode.ASKING);
        assertThat(chat.text()).contains("Please check.").contains("Мария");
        assertThat(chat.conversation.answers()).isEqualTo(before);
    }

    @Test
    void theChoiceReachesTheActionWithEveryAnswerAndTheDialogEndsAsAFiling() {
        atSummary();
        chat.press("Send the request");

        chat.press("File anyway");

        assertThat(chat.last.outcome()).isInstanceOf(DialogOutcome.Completed.class);
        assertThat(chat.conversation).isNull();
        DialogAction.Submission second = action.submissions.getLast();
        assertThat(second.answers()).containsEntry("same_person", "new:MOW-000007");
        assertThat(second.answers()).containsAllEntriesOf(UP_TO_SUMMARY);
        assertThat(chat.text()).contains("Filed: MOW-000008");
    }

    @Test
    void theQuestionSurvivesARestartOfTheServiceAndIsAskedAgainByTheReminder() {
        atSummary();
        chat.press("Send the request");
        Conversation stored = chat.conversation;

        Chat afterRestart = new Chat(EmergencyWarningTest.shippedEngine(action));
        afterRestart.conversation = stored;
        afterRestart.record(afterRestart.engine.repeat(stored, TestDialogs.NOW));
        assertThat(afterRestart.text()).isEqualTo("Same person as No. MOW-000007?");

        afterRestart.press("Add to No. MOW-000007");
        assertThat(action.submissions.getLast().answers()).containsEntry("same_person", "add:MOW-000007");
        assertThat(afterRestart.last.outcome()).isInstanceOf(DialogOutcome.Completed.class);
    }

    @Test
    void typedTextThatIsNoChoiceAsksAgainAndTheChoicesLabelTypedChooses() {
        atSummary();
        chat.press("Send the request");

        chat.type("hm?");
        assertThat(chat.text()).contains("Please answer with a button").contains("Same person as No. MOW-000007?");
        assertThat(chat.conversation.mode()).isEqualTo(Conversation.Mode.DECIDING);

        chat.type("file anyway");
        assertThat(action.submissions.getLast().answers()).containsEntry("same_person", "new:MOW-000007");
    }

    @Test
    void whenTheActionFailsAfterTheChoiceThePersonIsAtTheSummaryAndIsAskedAgainAtTheNextSend() {
        atSummary();
        chat.press("Send the request");
        action.failing = true;

        chat.press("File anyway");

        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.conversation.mode()).isEqualTo(Conversation.Mode.ASKING);
        assertThat(chat.conversation.answers()).doesNotContainKey("same_person");
        action.failing = false;
        chat.press("Send the request");
        assertThat(chat.text()).isEqualTo("Same person as No. MOW-000007?");
    }

    @Test
    void cancelAsksToConfirmAndNoGoesBackToTheSummary() {
        atSummary();
        chat.press("Send the request");

        chat.press("✖️ Cancel");
        assertThat(chat.conversation.mode()).isEqualTo(Conversation.Mode.CONFIRMING_CANCEL);
        chat.send(new DialogInput.Back());

        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.text()).contains("Please check.");
    }

    @Test
    void aButtonOfTheSummaryPressedDuringTheQuestionIsStale() {
        atSummary();
        List<Reply.Button> summaryButtons = chat.visible;
        chat.press("Send the request");

        chat.send(new DialogInput.ButtonPressed(summaryButtons.getFirst().data()));

        assertThat(chat.text()).isEqualTo("This button is no longer active");
        assertThat(chat.conversation.mode()).isEqualTo(Conversation.Mode.DECIDING);
    }

    private void atSummary() {
        chat.start("request_help", "en", UP_TO_SUMMARY);
        chat.press("Skip ➡️").press("Yes, I agree");
        assertThat(chat.step()).isEqualTo("summary");
    }

    /** Asks "same person?" until the answers hold a choice; then files. */
    private static final class Asking implements DialogAction {
        final List<Submission> submissions = new ArrayList<>();
        boolean failing;

        @Override
        public String name() {
            return "submit_help_request";
        }

        @Override
        public Result run(Submission submission) {
            submissions.add(submission);
            if (failing) {
                throw new IllegalStateException("store down");
            }
            if (!submission.answers().containsKey("same_person")) {
                return Result.asking(new Decision(
                        "same_person",
                        "Same person as No. MOW-000007?",
                        List.of(
                                new Choice("add:MOW-000007", "Add to No. MOW-000007"),
                                new Choice("new:MOW-000007", "File anyway"))));
            }
            return new Result("MOW-000008", List.of(Reply.Message.plain("Filed: MOW-000008")));
        }
    }
}
