package org.wearetogether.hq.internal;

/**
 * A group bound as an HQ chat.
 *
 * @param chatKey e.g. {@code telegram:-100123}
 * @param region a region code, or {@link #FEDERAL}
 * @param language the language cards are written in (of who bound it)
 * @param alive false while the bot cannot post there (removed, restricted, the chat is gone): nothing is routed to
 *     it until it is alive again
 */
record HqChat(String chatKey, String region, String language, boolean alive) {

    static final String FEDERAL = "ALL";

    HqChat(String chatKey, String region, String language) {
        this(chatKey, region, language, true);
    }

    boolean federal() {
        return FEDERAL.equals(region);
    }
}
