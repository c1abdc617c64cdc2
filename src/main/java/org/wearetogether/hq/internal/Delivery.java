package org.wearetogether.hq.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.Reply;

/** Reaches a chat by its key ({@code telegram:-100123}) through the sender of its channel. */
final class Delivery {

    private final Map<String, ChannelSender> senders;

    Delivery(Map<String, ChannelSender> senders) {
        this.senders = Map.copyOf(senders);
    }

    /** Posts a message and returns its id; throws {@link ChannelSender.NotDelivered}. */
    String post(String chatKey, Reply.Message message) {
        return sender(chatKey)
                .orElseThrow(() -> new ChannelSender.NotDelivered("no channel for " + chatKey, true))
                .post(chatId(chatKey), message);
    }

    boolean edit(String chatKey, String messageId, Reply.Message message) {
        return sender(chatKey)
                .map(s -> s.edit(chatId(chatKey), messageId, message))
                .orElse(false);
    }

    void send(String chatKey, List<Reply> replies) {
        sender(chatKey).ifPresent(s -> s.send(chatId(chatKey), replies));
    }

    private Optional<ChannelSender> sender(String chatKey) {
        int colon = chatKey.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.ofNullable(senders.get(chatKey.substring(0, colon)));
    }

    private static String chatId(String chatKey) {
        return chatKey.substring(chatKey.indexOf(':') + 1);
    }
}
