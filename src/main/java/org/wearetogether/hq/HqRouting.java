package org.wearetogether.hq;

import java.util.List;

/**
 * Where a region's work goes in the HQ, for other modules that post to HQ chats (e.g. callback cards): the same
 * routing as request cards.
 */
public interface HqRouting {

    /** The region's live HQ chats, or the live federal chats when it has none; empty when there is neither. */
    List<Target> chatsFor(String regionCode);

    /**
     * An HQ chat.
     *
     * @param chatKey e.g. {@code telegram:-100123}
     * @param language the language its cards are written in
     */
    record Target(String chatKey, String language) {}
}
