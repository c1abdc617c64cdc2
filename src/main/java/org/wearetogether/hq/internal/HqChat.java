package org.wearetogether.hq.internal;

/**
 * A group bound as an HQ chat.
 *
 * @param chatKey e.g. {@code telegram:-100123}
 * @param region a region code, or {@link #FEDERAL}
 * @param language the language cards are written in (of who bound it)
 */
record HqChat(String chatKey, String region, String language) {

    static final String FEDERAL = "ALL";

    boolean federal() {
        return FEDERAL.equals(region);
    }
}
