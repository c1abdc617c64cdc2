package org.wearetogether.telegram.internal;

/**
 * Whether the channel talks to Telegram, for the health endpoint.
 *
 * @param up true once {@code getMe} succeeded and while polling works
 * @param detail the bot's @username when up, the reason when down
 */
public record ChannelStatus(boolean up, String detail) {

    static ChannelStatus up(String detail) {
        return new ChannelStatus(true, detail);
    }

    static ChannelStatus down(String reason) {
        return new ChannelStatus(false, reason);
    }
}
