package org.wearetogether.dialog;

/** What a person did, in terms independent of any messenger. */
public sealed interface DialogInput {

    /** Typed text (already trimmed by nobody: the engine trims and checks length). */
    record Text(String text) implements DialogInput {}

    /** An inline button was pressed; {@code data} is the button's data exactly as it came back. */
    record ButtonPressed(String data) implements DialogInput {}

    /** A contact card was shared; {@code ownContact} is true when it is the sender's own contact. */
    record ContactShared(String phoneNumber, boolean ownContact) implements DialogInput {}

    /** A location was shared. */
    record LocationShared(double latitude, double longitude) implements DialogInput {}

    /**
     * A voice message: the channel's id of its file and its length in seconds (the audio itself is never fetched).
     * Taken as the answer of a step marked {@code voice: true}; anywhere else it is read like {@link Unsupported}.
     */
    record Voice(String fileId, int seconds) implements DialogInput {}

    /** Something the dialog cannot read where text or a button is expected: a sticker, photo, voice... */
    record Unsupported(String kind) implements DialogInput {}

    /** Go one step back. */
    record Back() implements DialogInput {}

    /** Asked to cancel (the engine asks to confirm first). */
    record Cancel() implements DialogInput {}

    /** Start the same dialog again from its first step, dropping the answers. */
    record Restart() implements DialogInput {}
}
