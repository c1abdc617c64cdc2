package org.wearetogether.telegram.internal;

import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import org.wearetogether.telegram.TelegramSettings;

/** Endless exponential back-off with jitter, for waits that last as long as the channel runs. */
final class BackOffs {

    private BackOffs() {}

    static BackOffExecution start(TelegramSettings.Retry retry) {
        var backOff = new ExponentialBackOff(retry.initialDelay().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxDelay().toMillis());
        backOff.setJitter(retry.initialDelay().toMillis() / 2);
        return backOff.start();
    }
}
