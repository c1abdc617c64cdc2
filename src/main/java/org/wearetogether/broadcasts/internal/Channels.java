package org.wearetogether.broadcasts.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.wearetogether.chat.ChannelSender;

/** The sender of a chat key's channel ({@code telegram:12345} goes to the {@code telegram} sender). */
final class Channels {

    /** Looked up on first use: the channels depend on the front desk, which depends on the broadcasts' buttons. */
    private final Supplier<Map<String, ChannelSender>> senders;

    Channels(Supplier<Map<String, ChannelSender>> senders) {
        this.senders = senders;
    }

    Optional<ChannelSender> of(String chatKey) {
        int colon = chatKey.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.ofNullable(senders.get().get(chatKey.substring(0, colon)));
    }

    static String chatId(String chatKey) {
        return chatKey.substring(chatKey.indexOf(':') + 1);
    }
}
