package org.wearetogether.dialog.internal.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.internal.definition.DialogDefinition;

/** A conversation being changed by one input; {@link #build()} makes the new immutable record. */
final class Draft {

    final Conversation before;
    String step;
    Map<String, Object> answers;
    List<String> path;
    Conversation.Mode mode;
    int prompt;
    int invalidInARow;
    boolean editing;
    Instant updatedAt;
    Instant remindAt;
    Instant expireAt;

    private Draft(Conversation c) {
        this.before = c;
        this.step = c.step();
        this.answers = new HashMap<>(c.answers());
        this.path = new ArrayList<>(c.path());
        this.mode = c.mode();
        this.prompt = c.prompt();
        this.invalidInARow = c.invalidInARow();
        this.editing = c.editing();
        this.updatedAt = c.updatedAt();
        this.remindAt = c.remindAt();
        this.expireAt = c.expireAt();
    }

    /** A draft of the conversation after an input at {@code now}, which restarts the inactivity timers. */
    static Draft touched(Conversation c, DialogDefinition dialog, Instant now) {
        Draft draft = new Draft(c);
        draft.updatedAt = now;
        draft.remindAt = now.plus(dialog.reminderAfter());
        draft.expireAt = now.plus(dialog.expireAfter());
        return draft;
    }

    /** A draft that changes nothing but what the caller sets (e.g. the reminder's flag). */
    static Draft of(Conversation c) {
        return new Draft(c);
    }

    /** The next question: buttons of earlier questions stop working. */
    Draft nextPrompt() {
        prompt++;
        mode = Conversation.Mode.ASKING;
        return this;
    }

    Conversation build() {
        return new Conversation(
                before.id(),
                before.dialogId(),
                before.dialogVersion(),
                step,
                answers,
                path,
                before.language(),
                mode,
                prompt,
                invalidInARow,
                editing,
                before.startedAt(),
                updatedAt,
                remindAt,
                expireAt);
    }
}
