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

    /**
     * The bot's own place in this group changed: it was added, made able to post again, removed, or restricted so
     * that it cannot post. {@code person} is who made the change. Handed to {@link ChatMembership} plug-ins.
     *
     * @param canPost whether the bot may post in the chat now
     */
    public record Membership(boolean canPost) implements Content {}

    /**
     * The chat goes on under another id in the same channel (a Telegram group that became a supergroup); nothing can
     * be posted under the old id any more. Handed to {@link ChatMembership} plug-ins.
     *
     * @param newChatId the chat's id from now on, in the channel's terms (without the channel prefix)
     */
    public record Moved(String newChatId) implements Content {}
}
