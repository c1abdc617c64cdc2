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
     * A message could not be posted.
     *
     * @param permanent true when trying again will not help (the bot was removed from the chat or blocked)
     */
    final class NotDelivered extends RuntimeException {
        private final boolean permanent;

        public NotDelivered(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
