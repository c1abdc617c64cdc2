package org.wearetogether.telegram.internal;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Names the kind of a message that is neither text, contact nor location, for {@code Unsupported(kind)}. */
final class MessageKinds {

    private MessageKinds() {}

    static String of(Message message) {
        if (message.hasSticker()) return "sticker";
        if (message.hasPhoto()) return "photo";
        if (message.hasVoice()) return "voice";
        if (message.hasVideoNote()) return "video_note";
        if (message.hasVideo()) return "video";
        if (message.hasAnimation()) return "animation";
        if (message.hasDocument()) return "document";
        if (message.hasAudio()) return "audio";
        if (message.hasPoll()) return "poll";
        if (message.hasDice()) return "dice";
        if (message.hasGame()) return "game";
        if (message.hasStory()) return "story";
        return "other";
    }
}
