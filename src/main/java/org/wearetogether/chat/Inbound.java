package org.wearetogether.chat;

import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Person;

/**
 * One input from a channel.
 *
 * @param person who sent it and where replies go
 * @param updateId the channel's increasing id of the input (Telegram's {@code update_id}); an input whose id is not
 *     above the last one applied to the chat is a re-delivery
 * @param languageTag the client's language (e.g. {@code en-GB}; may be null), used until the person picks one
 * @param content what was sent
 */
public record Inbound(Person person, long updateId, String languageTag, Content content) {

    /** What was sent. */
    public sealed interface Content {}

    /** A slash command such as {@code /start} with the rest of the line as {@code args} (never null). */
    public record Command(String name, String args) implements Content {}

    /** Anything else, as the dialog engine reads it. */
    public record Said(DialogInput input) implements Content {}

    /**
     * A message with formatting or a photo. Dialogs read it as its plain text (a photo as unsupported); a feature
     * waiting for an announcement ({@link ChatFollowUp#heardPost}) gets all of it.
     */
    public record Post(Announcement post) implements Content {}
}
