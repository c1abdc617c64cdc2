package org.wearetogether.dialog.internal.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Turn;

/** Drives one conversation through the public engine API the way a channel would, remembering every button. */
final class Chat {

    final DialogEngine engine;
    final List<Reply.Button> everyButton = new ArrayList<>();
    /** The buttons on screen: a notice or a plain message leaves the last buttons in place. */
    List<Reply.Button> visible = List.of();

    Conversation conversation;
    Turn last;
    Instant now = TestDialogs.NOW;

    Chat(DialogEngine engine) {
        this.engine = engine;
    }

    Chat start(String dialogId, String language, Map<String, Object> presets) {
        return record(engine.start(dialogId, TestDialogs.PERSON, language, presets, now));
    }

    Chat type(String text) {
        return send(new DialogInput.Text(text));
    }

    Chat press(String label) {
        return send(new DialogInput.ButtonPressed(button(label).data()));
    }

    Chat send(DialogInput input) {
        now = now.plusSeconds(5);
        return record(engine.handle(conversation, TestDialogs.PERSON, input, now));
    }

    Chat record(Turn turn) {
        last = turn;
        conversation = turn.conversation();
        buttons().forEach(everyButton::add);
        if (!buttons().isEmpty()) {
            visible = buttons();
        }
        return this;
    }

    String step() {
        return conversation.step();
    }

    /** All texts of the last turn, one per line. */
    String text() {
        return last.replies().stream()
                .map(r -> r instanceof Reply.Message m
                        ? m.text()
                        : r instanceof Reply.EditPressed e ? e.text() : ((Reply.Notice) r).text())
                .collect(Collectors.joining("\n"));
    }

    List<Reply.Button> buttons() {
        List<Reply.Button> buttons = new ArrayList<>();
        for (Reply.Keyboard keyboard : keyboards()) {
            if (keyboard instanceof Reply.Keyboard.Inline inline) {
                inline.rows().forEach(buttons::addAll);
            }
        }
        return buttons;
    }

    List<String> labels() {
        return buttons().stream().map(Reply.Button::label).toList();
    }

    List<Reply.Keyboard> keyboards() {
        List<Reply.Keyboard> keyboards = new ArrayList<>();
        for (Reply reply : last.replies()) {
            if (reply instanceof Reply.Message m) {
                keyboards.add(m.keyboard());
            } else if (reply instanceof Reply.EditPressed e) {
                keyboards.add(e.keyboard());
            }
        }
        return keyboards;
    }

    Reply.Button button(String label) {
        return visible.stream()
                .filter(b -> b.label().equals(label))
                .findFirst()
                .or(() ->
                        visible.stream().filter(b -> b.label().contains(label)).findFirst())
                .orElseThrow(() -> new AssertionError("No button '" + label + "' in " + labels()));
    }
}
