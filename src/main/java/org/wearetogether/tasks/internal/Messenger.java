package org.wearetogether.tasks.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.Reply;

/** Writes to people's private chats by chat key ({@code telegram:12345}) through the sender of the channel. */
class Messenger {

    private static final Logger log = LoggerFactory.getLogger(Messenger.class);

    /** Looked up on first use: the channels depend on the front desk, which depends on the task buttons. */
    private final Supplier<Map<String, ChannelSender>> senders;

    Messenger(Supplier<Map<String, ChannelSender>> senders) {
        this.senders = senders;
    }

    /** Posts a message and returns its id; throws {@link ChannelSender.NotDelivered}. */
    String post(String chatKey, Reply.Message message) {
        return sender(chatKey)
                .orElseThrow(() -> new ChannelSender.NotDelivered("no channel for " + chatKey, true))
                .post(chatId(chatKey), message);
    }

    /** Tells someone something; a failure is logged, not thrown (what it tells of is stored already). */
    void tell(String chatKey, String text) {
        if (chatKey == null) {
            return;
        }
        try {
            sender(chatKey).ifPresent(s -> s.send(chatId(chatKey), List.of(Reply.Message.plain(text))));
        } catch (RuntimeException e) {
            log.warn("Could not tell {}: {}", chatKey, e.getMessage());
        }
    }

    void edit(String chatKey, String messageId, Reply.Message message) {
        if (chatKey == null || messageId == null) {
            return;
        }
        try {
            sender(chatKey).ifPresent(s -> s.edit(chatId(chatKey), messageId, message));
        } catch (RuntimeException e) {
            log.warn("Could not edit message {} in {}: {}", messageId, chatKey, e.getMessage());
        }
    }

    /**
     * Edits a message, saying whether a failure is worth trying again; a chat key of no known channel (a pseudonym)
     * can never be reached.
     */
    ChannelSender.Edited editOrExplain(String chatKey, String messageId, Reply.Message message) {
        if (chatKey == null || messageId == null || chatKey.indexOf(':') < 0) {
            return ChannelSender.Edited.GIVEN_UP;
        }
        Optional<ChannelSender> sender = sender(chatKey);
        if (sender.isEmpty()) {
            return ChannelSender.Edited.TRY_LATER; // the channel is not (yet) part of the application
        }
        try {
            return sender.get().editOrExplain(chatId(chatKey), messageId, message);
        } catch (RuntimeException e) {
            log.warn("Could not edit message {} in {}: {}", messageId, chatKey, e.getMessage());
            return ChannelSender.Edited.TRY_LATER;
        }
    }

    private Optional<ChannelSender> sender(String chatKey) {
        int colon = chatKey.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.ofNullable(senders.get().get(chatKey.substring(0, colon)));
    }

    private static String chatId(String chatKey) {
        return chatKey.substring(chatKey.indexOf(':') + 1);
    }
}
