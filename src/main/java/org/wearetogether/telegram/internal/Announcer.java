package org.wearetogether.telegram.internal;

import java.time.Duration;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.ChannelSender.Announced;
import org.wearetogether.chat.ChannelSender.Blocked;
import org.wearetogether.chat.ChannelSender.Delivered;
import org.wearetogether.chat.ChannelSender.Failed;
import org.wearetogether.chat.ChannelSender.Throttled;

/**
 * Delivers one announcement with one Bot API call and says what came of it. No retries and no waiting here: a
 * broadcast paces all its sending by one rate, so a 429 must reach it instead of being slept off per message.
 */
final class Announcer {

    /** Telegram's limit for a photo's caption. */
    static final int MAX_CAPTION = 1024;

    private final TelegramCalls calls;

    Announcer(TelegramCalls calls) {
        this.calls = calls;
    }

    Announced announce(String chatId, Announcement announcement) {
        try {
            var sent = announcement.photo() == null
                    ? calls.once(text(chatId, announcement))
                    : calls.once(photo(chatId, announcement));
            return new Delivered(String.valueOf(sent.getMessageId()));
        } catch (CallFailed e) {
            return outcome(e);
        }
    }

    static Announced outcome(CallFailed e) {
        if (e.isRateLimited()) {
            return new Throttled(Duration.ofSeconds(e.retryAfterSeconds()));
        }
        // a chat that never started the bot or was deleted cannot be reached either
        if (e.isForbidden()
                || e.errorCode() == 400 && String.valueOf(e.getMessage()).contains("chat not found")) {
            return new Blocked(e.getMessage());
        }
        return new Failed(e.getMessage(), !e.isTransient());
    }

    private static SendMessage text(String chatId, Announcement announcement) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(announcement.text())
                .entities(Posts.entities(announcement))
                .build();
    }

    private static SendPhoto photo(String chatId, Announcement announcement) {
        var builder = SendPhoto.builder().chatId(chatId).photo(new InputFile(announcement.photo()));
        if (!announcement.text().isEmpty()) {
            builder.caption(announcement.text()).captionEntities(Posts.entities(announcement));
        }
        return builder.build();
    }
}
