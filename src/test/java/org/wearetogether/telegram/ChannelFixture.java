package org.wearetogether.telegram;

import java.time.Duration;
import java.util.List;
import org.wearetogether.telegram.internal.TelegramChannel;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;

/** A fake Bot API and channels polling it, with short timeouts and back-offs; closes everything. */
final class ChannelFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeTelegram telegram = FakeTelegram.start();
    private final List<TelegramChannel> channels = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Runs the re-send of kept replies, as the service's job {@code reply-resend} does, every 100 ms. */
    private final java.util.concurrent.ScheduledExecutorService resending =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

    ChannelFixture() {
        resending.scheduleWithFixedDelay(
                () -> channels.forEach(TelegramChannel::resendOwed),
                100,
                100,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

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
        resending.shutdownNow();
        channels.forEach(TelegramChannel::stop);
        telegram.close();
    }
}
