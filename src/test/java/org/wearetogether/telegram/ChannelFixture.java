package org.wearetogether.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.wearetogether.telegram.internal.TelegramChannel;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;

/** A fake Bot API and channels polling it, with short timeouts and back-offs; closes everything. */
final class ChannelFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeTelegram telegram = FakeTelegram.start();
    private final List<TelegramChannel> channels = new ArrayList<>();

    TelegramSettings settings() {
        return TelegramSettings.of(telegram.token(), telegram.apiUrl())
                .withPollTimeout(Duration.ofSeconds(1))
                .withWorkers(4)
                .withRetry(new TelegramSettings.Retry(3, Duration.ofMillis(20), Duration.ofMillis(200), 3));
    }

    TelegramChannel start(RecordingFrontDesk desk) {
        return start(desk, settings());
    }

    TelegramChannel start(RecordingFrontDesk desk, TelegramSettings settings) {
        var channel = new TelegramChannel(settings, desk);
        channels.add(channel);
        channel.start();
        return channel;
    }

    /** The sender of the channel started last. */
    org.wearetogether.chat.ChannelSender sender() {
        return channels.get(channels.size() - 1).sender();
    }

    /** Waits until a getUpdates confirmed every update up to and including this one. */
    FakeTelegramCall awaitConfirmed(long updateId) {
        return telegram.awaitCall("getUpdates", c -> offsetOf(c) > updateId, WAIT);
    }

    static long offsetOf(FakeTelegramCall call) {
        return call.params().path("offset").asLong(0);
    }

    @Override
    public void close() {
        channels.forEach(TelegramChannel::stop);
        telegram.close();
    }
}
