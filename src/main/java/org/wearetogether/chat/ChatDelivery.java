package org.wearetogether.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.wearetogether.dialog.Reply;

/**
 * Reaches a chat by its key ({@code telegram:12345}, {@code telegram:-100123}) through the sender of its channel,
 * for features that message people nobody asked them to (cards, notices, approvals).
 */
public class ChatDelivery {

    /** Looked up on first use: the channels depend on the front desk, which depends on the features' buttons. */
    private final Supplier<Map<String, ChannelSender>> senders;

    public ChatDelivery(Supplier<Map<String, ChannelSender>> senders) {
        this.senders = senders;
    }

    /** Posts a message and returns its id; throws {@link ChannelSender.NotDelivered}. */
    public String post(String chatKey, Reply.Message message) {
        return sender(chatKey)
                .orElseThrow(() -> new ChannelSender.NotDelivered("no channel for " + chatKey, true))
                .post(chatId(chatKey), message);
    }

    public boolean edit(String chatKey, String messageId, Reply.Message message) {
        return sender(chatKey)
                .map(s -> s.edit(chatId(chatKey), messageId, message))
                .orElse(false);
    }

    /**
     * Replaces a message posted before, telling a passing failure from a refusal for good; a chat of no known channel
     * is refused for good.
     */
    public ChannelSender.Edited editOrExplain(String chatKey, String messageId, Reply.Message message) {
        return sender(chatKey)
                .map(s -> s.editOrExplain(chatId(chatKey), messageId, message))
                .orElse(ChannelSender.Edited.GIVEN_UP);
    }

    public void send(String chatKey, List<Reply> replies) {
        sender(chatKey).ifPresent(s -> s.send(chatId(chatKey), replies));
    }

    private Optional<ChannelSender> sender(String chatKey) {
        int colon = chatKey.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.ofNullable(senders.get().get(chatKey.substring(0, colon)));
    }

    private static String chatId(String chatKey) {
        return chatKey.substring(chatKey.indexOf(':') + 1);
    }
}
