package org.wearetogether.dialog.internal.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.DialogOutcome;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.Turn;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.dialog.internal.definition.StepDefinition;

/**
 * The dialog engine on compiled Spring Statemachine machines. Pure: it turns a conversation record and an input
 * into the next record and the replies, and stores nothing.
 */
final class MachineDialogEngine implements DialogEngine {

    private final Map<String, CompiledDialog> dialogs;
    private final StepReading reading;
    private final Questions questions;
    private final Moves moves;
    private final SharingKeyboard sharing;
    private final Clock clock;

    MachineDialogEngine(
            Map<String, CompiledDialog> dialogs,
            StepReading reading,
            Questions questions,
            Moves moves,
            SharingKeyboard sharing,
            Clock clock) {
        this.dialogs = Map.copyOf(dialogs);
        this.sharing = sharing;
        this.reading = reading;
        this.questions = questions;
        this.moves = moves;
        this.clock = clock;
    }

    @Override
    public Set<String> dialogIds() {
        return dialogs.keySet();
    }

    @Override
    public String title(String dialogId, String language) {
        return dialog(dialogId).definition().title().in(language);
    }

    @Override
    public Turn start(String dialogId, Person person, String language, Map<String, Object> presetAnswers, Instant now) {
        CompiledDialog dialog = dialog(dialogId);
        var definition = dialog.definition();
        var blank = new Conversation(
                ConversationIds.next(),
                dialogId,
                definition.version(),
                definition.start(),
                presetAnswers,
                List.of(),
                Texts.supportedLanguage(language),
                Conversation.Mode.ASKING,
                0,
                0,
                false,
                now,
                now,
                null,
                null);
        return moves.replay(dialog, Draft.touched(blank, definition, now), person, now, false);
    }

    @Override
    public Turn handle(Conversation c, Person person, DialogInput input, Instant now) {
        CompiledDialog dialog = dialogs.get(c.dialogId());
        if (dialog == null) {
            // The dialog was removed from the folder: the conversation cannot go on.
            var gone = new DialogOutcome.Expired(c.dialogId());
            return new Turn(null, List.of(Reply.Message.plain(EngineTexts.EXPIRED.in(c.language()))), gone);
        }
        Draft draft = Draft.touched(c, dialog.definition(), now);
        if (!dialog.definition().steps().containsKey(c.step())) {
            return moves.restart(dialog, draft); // the dialog file changed under a running conversation
        }
        Turn turn = switch (c.mode()) {
            case CONFIRMING_CANCEL -> confirming(dialog, draft, input);
            case DECIDING -> deciding(dialog, draft, input, person, now);
            case ASKING -> asking(dialog, draft, input, person, now);
        };
        return sharing.closeIfLeft(dialog.definition(), c, turn);
    }

    @Override
    public Turn repeat(Conversation c, Instant now) {
        return new Turn(c, List.of(questions.ask(dialog(c.dialogId()).definition(), c, null)), null);
    }

    @Override
    public Turn timeUp(Conversation c, Instant now) {
        CompiledDialog dialog = dialog(c.dialogId());
        if (c.expireAt() != null && !now.isBefore(c.expireAt())) {
            Turn expired = moves.end(dialog, Draft.of(c), DialogEvent.TIMED_OUT, EngineTexts.EXPIRED.in(c.language()));
            return sharing.closeIfLeft(dialog.definition(), c, expired);
        }
        if (c.remindAt() == null || now.isBefore(c.remindAt())) {
            return new Turn(c, List.of(), null);
        }
        Draft draft = Draft.of(c);
        draft.remindAt = null;
        Conversation reminded = draft.build();
        List<Reply> replies = List.of(
                Reply.Message.plain(EngineTexts.REMINDER.in(c.language())),
                questions.ask(dialog.definition(), reminded, null));
        return new Turn(reminded, replies, null);
    }

    @Override
    public boolean ownsButtonData(String data) {
        return data != null && data.startsWith(ButtonData.PREFIX);
    }

    private Turn confirming(CompiledDialog dialog, Draft draft, DialogInput input) {
        String cancelled = EngineTexts.CANCELLED.in(draft.before.language());
        if (input instanceof DialogInput.ButtonPressed pressed) {
            ButtonData data = current(draft.before, pressed.data());
            String payload = data == null ? "" : data.payload();
            return switch (payload) {
                case "y" -> moves.end(dialog, draft, DialogEvent.CANCEL, cancelled);
                case "n" -> moves.resume(dialog, draft);
                case "r" -> moves.restart(dialog, draft);
                default -> stale(draft.before);
            };
        }
        if (input instanceof DialogInput.Text text && is(EngineTexts.YES, text.text())) {
            return moves.end(dialog, draft, DialogEvent.CANCEL, cancelled);
        }
        if (input instanceof DialogInput.Text text && is(EngineTexts.NO, text.text())
                || input instanceof DialogInput.Back) {
            return moves.resume(dialog, draft);
        }
        if (input instanceof DialogInput.Restart) {
            return moves.restart(dialog, draft);
        }
        return moves.askToConfirmCancel(draft);
    }

    /** The completion action asked a question after Send: a choice, Back (to the summary), Cancel or Restart. */
    private Turn deciding(CompiledDialog dialog, Draft draft, DialogInput input, Person person, Instant now) {
        DialogAction.Decision decision = PendingDecision.in(draft.before.answers());
        if (decision == null) {
            return moves.backFromDecision(dialog, draft); // unreadable: the summary, where Send asks again
        }
        String chosen = null;
        if (input instanceof DialogInput.ButtonPressed pressed) {
            ButtonData button = current(draft.before, pressed.data());
            String payload = button == null ? "" : button.payload();
            if (payload.equals("b")) {
                return moves.backFromDecision(dialog, draft);
            } else if (payload.equals("c")) {
                return moves.askToConfirmCancel(draft);
            }
            chosen = choiceAt(decision, payload);
            if (chosen == null) {
                return stale(draft.before);
            }
        } else if (input instanceof DialogInput.Text text) {
            String typed = text.text() == null ? "" : text.text();
            if (is(EngineTexts.BACK, typed)) {
                return moves.backFromDecision(dialog, draft);
            } else if (is(EngineTexts.CANCEL, typed)) {
                return moves.askToConfirmCancel(draft);
            }
            chosen = decision.choices().stream()
                    .filter(choice -> choice.label().equalsIgnoreCase(typed.strip()))
                    .map(DialogAction.Choice::id)
                    .findFirst()
                    .orElse(null);
        } else if (input instanceof DialogInput.Back) {
            return moves.backFromDecision(dialog, draft);
        } else if (input instanceof DialogInput.Cancel) {
            return moves.askToConfirmCancel(draft);
        } else if (input instanceof DialogInput.Restart) {
            return moves.restart(dialog, draft);
        }
        if (chosen == null) {
            String hint = EngineTexts.HINT_CONSENT.in(draft.before.language()); // "please answer with a button"
            return new Turn(draft.before, List.of(questions.ask(dialog.definition(), draft.before, hint)), null);
        }
        return moves.decided(dialog, draft, decision, chosen, person, now);
    }

    private static String choiceAt(DialogAction.Decision decision, String payload) {
        if (!payload.startsWith("k:")) {
            return null;
        }
        try {
            int index = Integer.parseInt(payload.substring(2));
            return index >= 0 && index < decision.choices().size()
                    ? decision.choices().get(index).id()
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Turn asking(CompiledDialog dialog, Draft draft, DialogInput input, Person person, Instant now) {
        String language = draft.before.language();
        StepDefinition step = dialog.definition().step(draft.step);
        if (input instanceof DialogInput.ButtonPressed pressed) {
            return pressed(dialog, draft, step, pressed.data(), person, now);
        } else if (input instanceof DialogInput.Back) {
            return moves.back(dialog, draft, person, now);
        } else if (input instanceof DialogInput.Cancel) {
            return moves.askToConfirmCancel(draft);
        } else if (input instanceof DialogInput.Restart) {
            return moves.restart(dialog, draft);
        } else if (input instanceof DialogInput.Text text) {
            return typed(dialog, draft, step, text.text() == null ? "" : text.text(), person, now);
        } else if (input instanceof DialogInput.ContactShared contact) {
            return apply(dialog, draft, reading.contact(step, contact, language), person, now);
        } else if (input instanceof DialogInput.LocationShared at) {
            Reading result = reading.location(step, at.latitude(), at.longitude(), language);
            return apply(dialog, draft, result, person, now);
        } else if (input instanceof DialogInput.Voice voice && step.voice()) {
            return voice(dialog, draft, voice, person, now);
        }
        return moves.ask(dialog, draft.nextPrompt(), EngineTexts.UNSUPPORTED.in(language));
    }

    /**
     * A voice message at a step that takes one: its file id (never the audio) is the answer, the person is told the
     * coordinator will listen to it, and the dialog goes on as after a typed answer.
     */
    private Turn voice(CompiledDialog dialog, Draft draft, DialogInput.Voice voice, Person person, Instant now) {
        String language = draft.before.language();
        VoiceNote note;
        try {
            note = new VoiceNote(voice.fileId(), voice.seconds());
        } catch (IllegalArgumentException e) {
            return moves.ask(dialog, draft.nextPrompt(), EngineTexts.UNSUPPORTED.in(language));
        }
        Turn next = moves.accept(dialog, draft, note.answer(), person, now);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.Message.plain(EngineTexts.VOICE_HEARD.in(language).formatted(note.length())));
        replies.addAll(next.replies());
        return new Turn(next.conversation(), replies, next.outcome());
    }

    private Turn typed(
            CompiledDialog dialog, Draft draft, StepDefinition step, String text, Person person, Instant now) {
        // The text buttons of a share-contact keyboard come back as typed labels.
        if (is(EngineTexts.BACK, text)) {
            return moves.back(dialog, draft, person, now);
        }
        if (is(EngineTexts.CANCEL, text)) {
            return moves.askToConfirmCancel(draft);
        }
        if (step.optional() && is(EngineTexts.SKIP, text)) {
            return moves.accept(dialog, draft, null, person, now);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return apply(dialog, draft, reading.typed(step, text, draft.before.language(), today), person, now);
    }

    private Turn pressed(
            CompiledDialog dialog, Draft draft, StepDefinition step, String data, Person person, Instant now) {
        ButtonData button = current(draft.before, data);
        if (button == null) {
            return stale(draft.before);
        }
        return switch (button.payload()) {
            case "b" -> moves.back(dialog, draft, person, now);
            case "c" -> moves.askToConfirmCancel(draft);
            case "r" -> moves.restart(dialog, draft);
            case "s" -> step.optional() ? moves.accept(dialog, draft, null, person, now) : stale(draft.before);
            default ->
                apply(
                        dialog,
                        draft,
                        reading.pressed(
                                dialog.definition(), step, button.payload(), draft.answers, draft.before.language()),
                        person,
                        now);
        };
    }

    private Turn apply(CompiledDialog dialog, Draft draft, Reading result, Person person, Instant now) {
        Conversation before = draft.before;
        if (result instanceof Reading.Accepted accepted) {
            return moves.accept(dialog, draft, accepted.value(), person, now);
        } else if (result instanceof Reading.Invalid invalid) {
            return moves.invalid(dialog, draft, invalid.hint());
        } else if (result instanceof Reading.Candidates candidates) {
            Conversation c = draft.nextPrompt().build();
            return new Turn(c, List.of(questions.candidates(c, candidates.regions())), null);
        } else if (result instanceof Reading.Toggled toggled) {
            return toggled(dialog, draft, toggled.selection());
        } else if (result instanceof Reading.TooMany tooMany) {
            String notice = EngineTexts.format(EngineTexts.TOO_MANY, before.language(), tooMany.max());
            return new Turn(before, List.of(new Reply.Notice(notice)), null);
        } else if (result instanceof Reading.Declined) {
            return declined(dialog, draft);
        } else if (result instanceof Reading.Submitted) {
            return moves.complete(dialog, draft, person, now);
        } else if (result instanceof Reading.Edit edit) {
            return moves.edit(dialog, draft, edit.stepId());
        }
        return stale(before);
    }

    private Turn toggled(CompiledDialog dialog, Draft draft, List<String> selection) {
        draft.answers.put(draft.step, selection);
        Conversation c = draft.build();
        StepDefinition step = dialog.definition().step(c.step());
        var edited = new Reply.EditPressed(
                questions.questionText(dialog.definition(), step, c), questions.keyboard(dialog.definition(), step, c));
        return new Turn(c, List.of(edited), null);
    }

    private Turn declined(CompiledDialog dialog, Draft draft) {
        var consent = (org.wearetogether.dialog.internal.definition.StepKind.Consent)
                dialog.definition().step(draft.step).kind();
        // Nothing personal is kept: the turn ends without a conversation and without answers.
        draft.answers = new HashMap<>();
        return moves.end(dialog, draft, DialogEvent.DECLINED, consent.declined().in(draft.before.language()));
    }

    /** The button's parts when it belongs to the current question of this conversation, else null. */
    private static ButtonData current(Conversation c, String data) {
        ButtonData button = ButtonData.parse(data);
        return button != null && button.conversationId().equals(c.id()) && button.prompt() == c.prompt()
                ? button
                : null;
    }

    private static Turn stale(Conversation unchanged) {
        return new Turn(unchanged, List.of(new Reply.Notice(EngineTexts.STALE_BUTTON.in(unchanged.language()))), null);
    }

    private static boolean is(Texts label, String text) {
        String typed = text.strip();
        return label.byLanguage().values().stream().anyMatch(l -> l.equalsIgnoreCase(typed));
    }

    private CompiledDialog dialog(String dialogId) {
        CompiledDialog dialog = dialogs.get(dialogId);
        if (dialog == null) {
            throw new IllegalArgumentException("No dialog " + dialogId + "; known: " + dialogs.keySet());
        }
        return dialog;
    }
}
