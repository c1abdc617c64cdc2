package org.wearetogether.dialog.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Turn;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.StepDefinition;

/**
 * A share-contact or share-location keyboard replaces the person's own keyboard until removed: once the step that
 * showed it is left, a short message removes it (a message carries either such a keyboard or inline buttons).
 */
final class SharingKeyboard {

    private final AnswerDisplay display;

    SharingKeyboard(AnswerDisplay display) {
        this.display = display;
    }

    Turn closeIfLeft(DialogDefinition dialog, Conversation before, Turn turn) {
        StepDefinition step = dialog.steps().get(before.step());
        Conversation after = turn.conversation();
        boolean shown = step != null
                && before.mode() == Conversation.Mode.ASKING
                && Questions.requestsSharing(step, before.answers());
        boolean stays = after != null
                && after.step().equals(before.step())
                && after.mode() == Conversation.Mode.ASKING
                && Questions.requestsSharing(step, after.answers());
        if (!shown || stays || after == before) {
            return turn;
        }
        List<Reply> replies = new ArrayList<>(turn.replies().size() + 1);
        replies.add(new Reply.Message(closingText(step, before, after), new Reply.Keyboard.Remove()));
        replies.addAll(turn.replies());
        return new Turn(after, replies, turn.outcome());
    }

    private String closingText(StepDefinition step, Conversation before, Conversation after) {
        String language = before.language();
        boolean justAnswered = after != null
                && !after.path().isEmpty()
                && after.path().get(after.path().size() - 1).equals(step.id())
                && after.answers().containsKey(step.id());
        if (!justAnswered) {
            return EngineTexts.OK.in(language);
        }
        String value = display.value(step, after.answers().get(step.id()), language);
        return EngineTexts.format(EngineTexts.KEYBOARD_DONE, language, value);
    }
}
