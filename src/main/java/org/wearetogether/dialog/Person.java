package org.wearetogether.dialog;

/**
 * Who is talking, as the channel knows them.
 *
 * @param channel e.g. {@code telegram}
 * @param chatId the chat the replies go to
 * @param userId the person's id in the channel
 * @param firstName as the messenger gives it (may be null)
 * @param username the @username without '@' (may be null)
 */
public record Person(String channel, String chatId, String userId, String firstName, String username) {

    /** The key of this person's chat across the service: {@code telegram:12345}. */
    public String chatKey() {
        return channel + ":" + chatId;
    }
}
