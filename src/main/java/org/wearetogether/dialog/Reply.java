package org.wearetogether.dialog;

import java.util.List;

/** Something to show the person, in terms independent of any messenger. Texts are plain, not markup. */
public sealed interface Reply {

    /**
     * A new message.
     *
     * @param ifKept what is stored instead of {@code text} while the message waits to be delivered (the chat record
     *     keeps undelivered replies for after a crash): for a text that carries a secret shown only once, such as a
     *     new API key, a version without it that says what happened; null when {@code text} itself may be stored
     */
    record Message(String text, Keyboard keyboard, String ifKept) implements Reply {
        public Message(String text, Keyboard keyboard) {
            this(text, keyboard, null);
        }

        public static Message plain(String text) {
            return new Message(text, Keyboard.NONE);
        }

        /**
         * A message that shows a secret once: only {@code ifKept}, which must not contain it, is ever stored, so a
         * message that could not be sent before the process stopped arrives as {@code ifKept}.
         */
        public static Message secret(String text, String ifKept) {
            return new Message(text, Keyboard.NONE, java.util.Objects.requireNonNull(ifKept));
        }

        /** Whether the text shows a secret that must never be stored. */
        public boolean carriesSecret() {
            return ifKept != null;
        }

        /** What may be stored of this message: the text, or its version without the secret. */
        public Message storable() {
            return ifKept == null ? this : new Message(ifKept, keyboard, null);
        }
    }

    /** Replace the message whose button was just pressed (e.g. a multiple choice with one more option ticked). */
    record EditPressed(String text, Keyboard keyboard) implements Reply {}

    /** A short notice answering a button press, e.g. "This button is no longer active". */
    record Notice(String text) implements Reply {}

    /**
     * A file to send, e.g. the person's data export. Never stored with the chat: what a chat still owes holds a
     * {@link Deferred} instead, which makes the file again when it is sent.
     *
     * @param fileName as the person will see it, e.g. {@code my-data.html}
     * @param mediaType e.g. {@code text/html}
     * @param content the bytes
     * @param caption a short text shown under the file (at most 1024 characters), or null
     */
    record Document(String fileName, String mediaType, byte[] content, String caption) implements Reply {}

    /**
     * A voice message sent again by the id of its file (a voice note a person gave as an answer), e.g. to the
     * coordinator who holds the request.
     *
     * @param fileId the channel's id of the file
     * @param caption a short text shown under it (at most 1024 characters), or null
     * @param ifRefused what to send instead when the channel refuses the file for good (it no longer has it)
     */
    record Voice(String fileId, String caption, String ifRefused) implements Reply {}

    /**
     * A reply made only when it is sent, from data stored elsewhere: the chat keeps just this name, so nothing
     * personal waits in the chat's record (e.g. the {@code /mydata} export, which would otherwise be kept whole).
     *
     * @param what which reply, e.g. {@code mydata.html}; the front desk knows who makes it
     * @param language the language to make it in
     */
    record Deferred(String what, String language) implements Reply {}

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
