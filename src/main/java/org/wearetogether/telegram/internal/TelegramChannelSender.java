package org.wearetogether.telegram.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.Reply;

/**
 * Sends unprompted replies (reminders, status changes) to a Telegram chat, with the same retry rules; what cannot go
 * now (or would overtake replies kept for the chat) is kept and sent later, as replies to inputs are.
 */
public final class TelegramChannelSender implements ChannelSender {

    /** The channel name in {@code Person.channel} and the prefix of chat keys. */
    public static final String CHANNEL = "telegram";

    private static final Logger log = LoggerFactory.getLogger(TelegramChannelSender.class);

    private final ReplySender sender;
    private final DeliveringReplies delivering;
    private final boolean enabled;

    private final Announcer announcer;

    TelegramChannelSender(ReplySender sender, DeliveringReplies delivering, Announcer announcer, boolean enabled) {
        this.sender = sender;
        this.delivering = delivering;
        this.announcer = announcer;
        this.enabled = enabled;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(String chatId, List<Reply> replies) {
        if (!enabled) {
            log.warn("Telegram channel is off (no token): {} replies to chat {} not sent", replies.size(), chatId);
            return;
        }
        delivering.unprompted(chatId, replies);
    }

    @Override
    public String post(String chatId, Reply.Message message) {
        if (!enabled) {
            throw new NotDelivered("Telegram channel is off (no token)", false);
        }
        return sender.post(chatId, message);
    }

    @Override
    public boolean edit(String chatId, String messageId, Reply.Message message) {
        return enabled && sender.edit(chatId, messageId, message);
    }

    @Override
    public Edited editOrExplain(String chatId, String messageId, Reply.Message message) {
        return enabled ? sender.editOrExplain(chatId, messageId, message) : Edited.TRY_LATER;
    }

    @Override
    public Announced announce(String chatId, Announcement announcement) {
        if (!enabled) {
            return new Failed("Telegram channel is off (no token)", false);
        }
        return announcer.announce(chatId, announcement);
    }
}
