package org.wearetogether.hq.internal;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChannelSender;

/**
 * What a post that failed because of the chat means for its binding: a chat that moved (a group that became a
 * supergroup) takes its binding along; any other lost chat is marked dead, so nothing more is routed to it and the
 * admins are told (by {@link BindingNotices}).
 */
final class LostChats {

    private static final Logger log = LoggerFactory.getLogger(LostChats.class);

    private final MongoHqChats chats;
    private final Clock clock;

    LostChats(MongoHqChats chats, Clock clock) {
        this.chats = chats;
        this.clock = clock;
    }

    /** Records the loss; returns the binding under the chat's new key when it moved. */
    Optional<HqChat> lost(HqChat chat, ChannelSender.NotDelivered failure) {
        if (failure.movedTo() != null) {
            String newKey = channelOf(chat.chatKey()) + ":" + failure.movedTo();
            log.warn("HQ chat {} of {} moved to {}; the binding follows", chat.chatKey(), chat.region(), newKey);
            return chats.move(chat.chatKey(), newKey, clock.instant());
        }
        if (chats.markDead(chat.chatKey(), failure.getMessage(), clock.instant())) {
            log.warn("HQ chat {} of {} is dead: {}", chat.chatKey(), chat.region(), failure.getMessage());
        }
        return Optional.empty();
    }

    static String channelOf(String chatKey) {
        int colon = chatKey.indexOf(':');
        return colon < 0 ? chatKey : chatKey.substring(0, colon);
    }
}
