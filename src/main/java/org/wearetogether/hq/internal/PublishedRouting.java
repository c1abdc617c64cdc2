package org.wearetogether.hq.internal;

import java.util.List;
import org.wearetogether.hq.HqRouting;

/** {@link HqRouting} over the bound HQ chats, by the rule request cards follow ({@link Forwarding#targets}). */
@org.springframework.stereotype.Component
final class PublishedRouting implements HqRouting {

    private final MongoHqChats chats;

    PublishedRouting(MongoHqChats chats) {
        this.chats = chats;
    }

    @Override
    public List<Target> chatsFor(String regionCode) {
        return Forwarding.targets(chats.all(), regionCode == null ? "" : regionCode).stream()
                .map(c -> new Target(c.chatKey(), c.language()))
                .toList();
    }
}
