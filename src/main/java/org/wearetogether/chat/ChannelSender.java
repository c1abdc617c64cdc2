package org.wearetogether.chat;

import java.util.List;
import org.wearetogether.dialog.Reply;

/**
 * Sends messages nobody asked for just now (reminders, status changes) to a chat. Implemented by each channel.
 */
public interface ChannelSender {

    /** The channel this sender serves, e.g. {@code telegram}; matches the prefix of chat keys. */
    String channel();

    /** Sends to the chat with the given id in that channel; retries as the channel requires. */
    void send(String chatId, List<Reply> replies);

    /**
     * Posts one message and returns its id in the chat, so that it can be edited later.
     *
     * @throws NotDelivered when it could not be posted
     */
    default String post(String chatId, Reply.Message message) {
        send(chatId, List.of(message));
        throw new NotDelivered("this channel cannot tell message ids", true);
    }

    /** Replaces the text and buttons of a message posted before; false when it could not. */
    default boolean edit(String chatId, String messageId, Reply.Message message) {
        return false;
    }

    /**
     * Like {@link #edit}, but says whether a failure is worth trying again: a stub that must replace personal data is
     * retried after a network hiccup or a 429, and given up on (and counted) when the channel refuses for good.
     */
    default Edited editOrExplain(String chatId, String messageId, Reply.Message message) {
        return edit(chatId, messageId, message) ? Edited.DONE : Edited.TRY_LATER;
    }

    /** What came of {@link #editOrExplain}. */
    enum Edited {
        /** The message now reads so (or already did). */
        DONE,
        /** A passing failure (network, 5xx, 429): try again later. */
        TRY_LATER,
        /** Refused for good (400: message gone or too old; 403: bot blocked): trying again will not help. */
        GIVEN_UP
    }

    /**
     * One attempt, without retries, to deliver an announcement (a broadcast): the caller paces sending, waits after a
     * {@link Throttled} and retries a failure itself.
     */
    default Announced announce(String chatId, Announcement announcement) {
        throw new UnsupportedOperationException(channel() + " cannot deliver announcements");
    }

    /** What came of one attempt to deliver an announcement. */
    sealed interface Announced {}

    /** Delivered; {@code messageId} is its id in the chat. */
    record Delivered(String messageId) implements Announced {}

    /** The channel asks the bot to send nothing for {@code retryAfter} (Telegram's 429). */
    record Throttled(java.time.Duration retryAfter) implements Announced {}

    /** The person blocked the bot or the chat is gone (Telegram's 403): do not try again. */
    record Blocked(String reason) implements Announced {}

    /** Anything else; {@code permanent} when trying again will not help (e.g. a 400 Bad Request). */
    record Failed(String reason, boolean permanent) implements Announced {}

    /**
     * A message could not be posted.
     *
     * <p>{@code permanent}: trying again will not help. {@link #chatGone()}: the reason is the chat, not the message
     * (the bot was removed from it or may not post there, the chat does not exist or moved); {@link #movedTo()}: the
     * chat goes on under that id (a group that became a supergroup).
     */
    final class NotDelivered extends RuntimeException {
        private final boolean permanent;
        private final boolean chatGone;
        private final String movedTo;

        public NotDelivered(String message, boolean permanent) {
            this(message, permanent, false, null);
        }

        private NotDelivered(String message, boolean permanent, boolean chatGone, String movedTo) {
            super(message);
            this.permanent = permanent;
            this.chatGone = chatGone;
            this.movedTo = movedTo;
        }

        /** Nothing can be posted to the chat any more: the bot was removed, may not post, or the chat is gone. */
        public static NotDelivered chatGone(String message) {
            return new NotDelivered(message, true, true, null);
        }

        /** The chat goes on under {@code newChatId} (in the channel's terms); nothing reaches the old id. */
        public static NotDelivered movedTo(String message, String newChatId) {
            return new NotDelivered(message, true, true, java.util.Objects.requireNonNull(newChatId));
        }

        public boolean permanent() {
            return permanent;
        }

        /** Whether the chat itself cannot be reached for good (also when it moved). */
        public boolean chatGone() {
            return chatGone;
        }

        /** The chat's new id when it moved; null otherwise. */
        public String movedTo() {
            return movedTo;
        }
    }
}
