package org.wearetogether.dialog.internal.runtime;

import org.wearetogether.dialog.Emergency;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.dialog.internal.definition.DangerWords;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.StepKind;

/**
 * Says "call 112" the first time a conversation shows an emergency: a word of danger in a free-text answer, or
 * answers that together mean one (medical help, today). The reason is kept among the answers, never the text, so
 * it is said once per dialog, survives a restart of the service and reaches the request's card.
 */
final class EmergencyCheck {

    private final DangerWords words;

    EmergencyCheck(DangerWords words) {
        this.words = words;
    }

    static boolean isWarning(String answerKey) {
        return Emergency.ANSWER_KEY.equals(answerKey);
    }

    /** The warning to say before anything else, or null: none is due or it was said already. */
    Reply firstWarning(DialogDefinition dialog, Draft draft, Object value) {
        if (!words.appliesTo(dialog.id()) || draft.answers.containsKey(Emergency.ANSWER_KEY)) {
            return null;
        }
        Emergency why = null;
        if (isFreeText(dialog, draft.step)
                && value instanceof String text
                && !VoiceNote.looksLikeVoice(text)
                && words.foundIn(text)) {
            why = Emergency.DANGER_WORDS;
        } else if (words.urgent(draft.answers)) {
            why = Emergency.URGENT_ANSWERS;
        }
        if (why == null) {
            return null;
        }
        draft.answers.put(Emergency.ANSWER_KEY, why.name());
        return Reply.Message.plain(EngineTexts.EMERGENCY.in(draft.before.language()));
    }

    /**
     * Text steps without a pattern (details, comments); names and addresses are not read for danger words, and a
     * voice message cannot be (only its file id is kept).
     */
    private static boolean isFreeText(DialogDefinition dialog, String step) {
        return dialog.steps().containsKey(step)
                && dialog.step(step).kind() instanceof StepKind.FreeText text
                && text.pattern() == null;
    }
}
