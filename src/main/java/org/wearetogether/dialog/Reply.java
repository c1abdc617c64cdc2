package org.wearetogether.dialog;

import java.util.List;

/** Something to show the person, in terms independent of any messenger. Texts are plain, not markup. */
public sealed interface Reply {

    /** A new message. */
    record Message(String text, Keyboard keyboard) implements Reply {
        public static Message plain(String text) {
            return new Message(text, Keyboard.NONE);
        }
    }

    /** Replace the message whose button was just pressed (e.g. a multiple choice with one more option ticked). */
    record EditPressed(String text, Keyboard keyboard) implements Reply {}

    /** A short notice answering a button press, e.g. "This button is no longer active". */
    record Notice(String text) implements Reply {}

    /** Buttons under a message or instead of the person's keyboard. */
    sealed interface Keyboard {
        Keyboard NONE = new None();

        /** No keyboard change. */
        record None() implements Keyboard {}

        /** Inline buttons under the message, row by row. */
        record Inline(List<List<Button>> rows) implements Keyboard {}

        /**
         * A keyboard replacing the person's own, with one button that shares their contact or location and plain
         * text buttons (e.g. Back, Cancel) whose label comes back as typed text.
         */
        record Request(RequestButton request, List<String> textButtons) implements Keyboard {}

        /** Remove a keyboard shown earlier. */
        record Remove() implements Keyboard {}
    }

    /** An inline button; {@code data} comes back in {@link DialogInput.ButtonPressed} and fits 64 bytes. */
    record Button(String label, String data) {}

    /** The button of a {@link Keyboard.Request} keyboard. */
    record RequestButton(String label, Requested what) {}

    enum Requested {
        CONTACT,
        LOCATION
    }
}
