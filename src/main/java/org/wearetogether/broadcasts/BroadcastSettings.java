package org.wearetogether.broadcasts;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of broadcast delivery.
 *
 * @param rate messages per second across all broadcasts ({@code TOGETHER_BROADCAST_RATE}); Telegram allows about 30
 * @param perChat the least time between two messages to one chat (Telegram allows about one a second)
 * @param quietFrom start of the quiet hours in the recipient's region time zone (nothing delivered from then)
 * @param quietUntil end of the quiet hours (equal to {@code quietFrom}: no quiet hours)
 * @param attempts attempts per recipient for failures that may pass (5xx, timeouts) before it counts as failed
 * @param retryAfter wait before the second attempt; doubles for each further one
 * @param batch recipients marked "in flight" together before sending: after a hard crash at most these may get the
 *     message twice
 * @param chunk recipients per ledger document
 * @param inFlightTimeout an "in flight" mark older than this was left by a crashed sender and is sent again
 * @param progressEvery the least time between two edits of the sender's progress message
 * @param refreshEvery how often the store is read for new and cancelled broadcasts
 */
@ConfigurationProperties("together.broadcasts")
public record BroadcastSettings(
        @DefaultValue("25") double rate,
        @DefaultValue("1s") Duration perChat,
        @DefaultValue("22:00") LocalTime quietFrom,
        @DefaultValue("08:00") LocalTime quietUntil,
        @DefaultValue("4") int attempts,
        @DefaultValue("30s") Duration retryAfter,
        @DefaultValue("10") int batch,
        @DefaultValue("100") int chunk,
        @DefaultValue("30s") Duration inFlightTimeout,
        @DefaultValue("3s") Duration progressEvery,
        @DefaultValue("1s") Duration refreshEvery) {

    public BroadcastSettings {
        if (!(rate > 0) || attempts < 1 || batch < 1 || chunk < 1) {
            throw new IllegalArgumentException("together.broadcasts: rate, attempts, batch and chunk must be positive");
        }
    }

    /** The defaults. */
    public static BroadcastSettings defaults() {
        return new BroadcastSettings(
                25,
                Duration.ofSeconds(1),
                LocalTime.of(22, 0),
                LocalTime.of(8, 0),
                4,
                Duration.ofSeconds(30),
                10,
                100,
                Duration.ofSeconds(30),
                Duration.ofSeconds(3),
                Duration.ofSeconds(1));
    }
}
