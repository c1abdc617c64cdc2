package org.wearetogether.telegram.internal;

import java.util.List;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.Reply;

/** Sends unprompted replies (reminders, status changes) to a Telegram chat, with the same retry rules. */
public final class TelegramChannelSender implements ChannelSender {

    /** The channel name in {@code Person.channel} and the prefix of chat keys. */
    public static final String CHANNEL = "telegram";

    private final ReplySender sender;

    TelegramChannelSender(ReplySender sender) {
        this.sender = sender;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(String chatId, List<Reply> replies) {
        sender.send(ReplyTarget.chat(chatId), replies);
    }
}
