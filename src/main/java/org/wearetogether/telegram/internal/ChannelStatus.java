package org.wearetogether.telegram.internal;

/**
 * Whether the channel talks to Telegram, for the health endpoint.
 *
 * @param up true once {@code getMe} succeeded and while polling works, and on a standby
 * @param standby true on an instance that does not poll because another one holds the lease (it still sends)
 * @param detail the bot's @username when up, the reason when down, why it stands by
 */
public record ChannelStatus(boolean up, boolean standby, String detail) {

    static ChannelStatus up(String detail) {
        return new ChannelStatus(true, false, detail);
    }

    static ChannelStatus down(String reason) {
        return new ChannelStatus(false, false, reason);
    }

    static ChannelStatus standby(String why) {
        return new ChannelStatus(true, true, why);
    }
}
