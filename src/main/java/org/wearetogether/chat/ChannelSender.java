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
}
