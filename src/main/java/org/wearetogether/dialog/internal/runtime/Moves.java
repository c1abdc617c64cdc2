package org.wearetogether.dialog.internal.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.DialogOutcome;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Turn;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.StepDefinition;
import org.wearetogether.dialog.internal.definition.StepKind;

/** The moves of a conversation through its dialog: answer, back, cancel, restart, edit, complete. */
final class Moves {

    private final Questions questions;
    private final int maxInvalidAnswers;
    private final EmergencyCheck emergency;

    Moves(Questions questions, int maxInvalidAnswers, EmergencyCheck emergency) {
        this.questions = questions;
        this.maxInvalidAnswers = maxInvalidAnswers;
        this.emergency = emergency;
    }

    /** Takes the answer and goes on; when it shows an emergency for the first time, 112 is said before all else. */
    Turn accept(CompiledDialog dialog, Draft draft, Object value, Person person, Instant now) {
        if (value == null) {
            draft.answers.remove(draft.step);
        } else {
            draft.answers.put(draft.step, value);
        }
        Reply warning = emergency.firstWarning(dialog.definition(), draft, value);
        Turn next = proceed(dialog, draft, person, now);
        if (warning == null) {
            return next;
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(warning);
        replies.addAll(next.replies());
        return new Turn(next.conversation(), replies, next.outcome());
    }

    private Turn proceed(CompiledDialog dialog, Draft draft, Person person, Instant now) {
        draft.invalidInARow = 0;
        if (draft.editing) {
            return replay(dialog, draft, person, now, true);
        }
        String next = dialog.machine().fire(draft.step, DialogEvent.ANSWERED, draft.answers);
        draft.path.add(draft.step);
        if (DialogMachine.COMPLETED.equals(next)) {
            return complete(dialog, draft, person, now);
        }
        draft.step = next;
        return ask(dialog, draft.nextPrompt(), null);
    }

    Turn invalid(CompiledDialog dialog, Draft draft, String hint) {
        draft.invalidInARow++;
        if (draft.invalidInARow < maxInvalidAnswers) {
            return ask(dialog, draft.nextPrompt(), hint);
        }
        draft.invalidInARow = 0;
        Conversation c = draft.nextPrompt().build();
        return new Turn(c, List.of(questions.helpOffer(c, hint), questions.ask(dialog.definition(), c, null)), null);
    }

    Turn back(CompiledDialog dialog, Draft draft, Person person, Instant now) {
        if (draft.editing) {
            return replay(dialog, draft, person, now, true);
        }
        if (!draft.path.isEmpty()) {
            String previous = draft.path.remove(draft.path.size() - 1);
            draft.step = dialog.machine().fire(draft.step, DialogEvent.BACK, draft.answers, previous);
        }
        draft.invalidInARow = 0;
        return ask(dialog, draft.nextPrompt(), null);
    }

    Turn edit(CompiledDialog dialog, Draft draft, String stepId) {
        draft.step = dialog.machine().fire(draft.step, DialogEvent.EDIT, draft.answers, stepId);
        draft.editing = true;
        draft.invalidInARow = 0;
        return ask(dialog, draft.nextPrompt(), null);
    }

    Turn askToConfirmCancel(Draft draft) {
        draft.nextPrompt().mode = Conversation.Mode.CONFIRMING_CANCEL;
        Conversation c = draft.build();
        return new Turn(c, List.of(questions.confirmCancel(c)), null);
    }

    Turn resume(CompiledDialog dialog, Draft draft) {
        return ask(dialog, draft.nextPrompt(), null);
    }

    Turn restart(CompiledDialog dialog, Draft draft) {
        draft.answers.keySet().removeIf(key -> !EmergencyCheck.isWarning(key)); // 112 is said once per dialog
        draft.path.clear();
        draft.editing = false;
        draft.invalidInARow = 0;
        draft.step = dialog.machine().fire(draft.step, DialogEvent.RESTART, draft.answers);
        return ask(dialog, draft.nextPrompt(), null);
    }

    /** Ends the conversation through a terminal event (cancel, decline, time out) and says {@code text}. */
    Turn end(CompiledDialog dialog, Draft draft, DialogEvent event, String text) {
        String state = dialog.machine().fire(draft.step, event, draft.answers);
        DialogOutcome outcome = switch (state) {
            case DialogMachine.CANCELLED ->
                new DialogOutcome.Cancelled(dialog.definition().id());
            case DialogMachine.DECLINED ->
                new DialogOutcome.ConsentDeclined(dialog.definition().id());
            case DialogMachine.EXPIRED ->
                new DialogOutcome.Expired(dialog.definition().id());
            default -> throw new IllegalStateException("Event " + event + " led to " + state);
        };
        return new Turn(null, List.of(Reply.Message.plain(text)), outcome);
    }

    /**
     * Walks the dialog from its start over the answers given so far and stops at the first step that applies and
     * is not answered yet, or at the summary. Once it reaches the summary, answers of steps that no longer apply
     * are dropped.
     */
    Turn replay(CompiledDialog dialog, Draft draft, Person person, Instant now, boolean editing) {
        DialogDefinition definition = dialog.definition();
        Set<String> done = new HashSet<>(draft.answers.keySet());
        done.addAll(draft.path); // skipped optional steps count as done
        List<String> path = new ArrayList<>();
        String step = dialog.machine().fire(draft.step, DialogEvent.RESTART, draft.answers);
        for (int i = 0; i <= definition.steps().size() && !DialogMachine.COMPLETED.equals(step); i++) {
            if (definition.step(step).kind() instanceof StepKind.Summary || !done.contains(step)) {
                break;
            }
            path.add(step);
            step = dialog.machine().fire(step, DialogEvent.ANSWERED, draft.answers);
        }
        boolean atSummary =
                DialogMachine.COMPLETED.equals(step) || definition.step(step).kind() instanceof StepKind.Summary;
        if (!atSummary) {
            // Stopped at a newly required step: later answers (and skips) wait for the walk after its answer.
            for (String later : draft.path) {
                if (!path.contains(later) && !later.equals(step)) {
                    path.add(later);
                }
            }
        }
        draft.answers.keySet().removeIf(key -> !path.contains(key) && !EmergencyCheck.isWarning(key));
        draft.path = path;
        if (DialogMachine.COMPLETED.equals(step)) {
            return complete(dialog, draft, person, now);
        }
        draft.step = step;
        draft.editing = editing && !atSummary;
        return ask(dialog, draft.nextPrompt(), null);
    }

    /**
     * Runs the completion action; when it fails the person stays where they are and may try again. When the action
     * asks a question first ({@link DialogAction.Decision}), the conversation waits at the summary for the answer.
     */
    Turn complete(CompiledDialog dialog, Draft draft, Person person, Instant now) {
        DialogDefinition definition = dialog.definition();
        draft.answers.remove(PendingDecision.ANSWER_KEY);
        Conversation c = draft.build();
        var submission = new DialogAction.Submission(
                definition.id(), c.dialogVersion(), c.id(), person, c.language(), c.answers(), now);
        DialogAction.Result result;
        try {
            result = dialog.action().run(submission);
        } catch (RuntimeException e) {
            return couldNotSave(dialog, draft);
        }
        if (result.decision() != null) {
            return askToDecide(draft, result.decision());
        }
        List<Reply> replies = new ArrayList<>();
        if (definition.completed() != null) {
            replies.add(Reply.Message.plain(definition.completed().in(c.language())));
        }
        replies.addAll(result.replies());
        var outcome = new DialogOutcome.Completed(definition.id(), c.id(), c.answers(), result.reference());
        return new Turn(null, replies, outcome);
    }

    private Turn askToDecide(Draft draft, DialogAction.Decision decision) {
        draft.answers.remove(decision.key());
        draft.answers.put(PendingDecision.ANSWER_KEY, PendingDecision.encode(decision));
        draft.nextPrompt().mode = Conversation.Mode.DECIDING;
        Conversation c = draft.build();
        return new Turn(c, List.of(questions.decision(c, null)), null);
    }

    /**
     * The person chose {@code choiceId}: the action runs again with it among the answers. If it cannot be done now,
     * the person is back at the summary without the choice, and is asked again at the next Send.
     */
    Turn decided(
            CompiledDialog dialog,
            Draft draft,
            DialogAction.Decision decision,
            String choiceId,
            Person person,
            Instant now) {
        draft.mode = Conversation.Mode.ASKING;
        draft.answers.put(decision.key(), choiceId);
        Turn turn = complete(dialog, draft, person, now);
        if (turn.ended() || turn.conversation().mode() == Conversation.Mode.DECIDING) {
            return turn;
        }
        draft.answers.remove(decision.key());
        return new Turn(draft.build(), turn.replies(), null);
    }

    /** Back from the action's question: the summary again, with every answer kept. */
    Turn backFromDecision(CompiledDialog dialog, Draft draft) {
        draft.answers.remove(PendingDecision.ANSWER_KEY);
        return ask(dialog, draft.nextPrompt(), null);
    }

    private Turn couldNotSave(CompiledDialog dialog, Draft draft) {
        StepDefinition step = dialog.definition().step(draft.step);
        if (!(step.kind() instanceof StepKind.Summary summary)) {
            // next: end without a summary: the answer is kept, the person sends it again.
            draft.path.remove(draft.path.size() - 1);
            String text = EngineTexts.COULD_NOT_SAVE_ANSWER.in(draft.before.language());
            return ask(dialog, draft.nextPrompt(), text);
        }
        String text = EngineTexts.format(
                EngineTexts.COULD_NOT_SAVE,
                draft.before.language(),
                summary.submit().in(draft.before.language()));
        return ask(dialog, draft.nextPrompt(), text);
    }

    Turn ask(CompiledDialog dialog, Draft draft, String prefix) {
        Conversation c = draft.build();
        return new Turn(c, List.of(questions.ask(dialog.definition(), c, prefix)), null);
    }
}
