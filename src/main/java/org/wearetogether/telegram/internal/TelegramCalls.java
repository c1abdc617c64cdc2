package org.wearetogether.telegram.internal;

import java.io.Serializable;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The one place every Bot API call goes through: 5xx and network errors are retried with exponential back-off and
 * jitter (Spring's {@link RetryTemplate}); a 429 waits Telegram's {@code retry_after} and does not count as an
 * attempt, because the back-off cannot know the delay Telegram asks for; other errors fail at once.
 */
public final class TelegramCalls {

    private static final Logger log = LoggerFactory.getLogger(TelegramCalls.class);

    private final TelegramClient client;
    private final RetryTemplate transientRetries;
    private final int maxRateLimitWaits;

    public TelegramCalls(TelegramClient client, TelegramSettings.Retry retry) {
        this.client = client;
        this.transientRetries = new RetryTemplate(transientPolicy(retry));
        this.maxRateLimitWaits = retry.maxRateLimitWaits();
    }

    static RetryPolicy transientPolicy(TelegramSettings.Retry retry) {
        Duration delay = retry.initialDelay();
        return RetryPolicy.builder()
                .predicate(e -> e instanceof CallFailed failed && failed.isTransient())
                .maxRetries(retry.maxAttempts() - 1L)
                .delay(delay)
                .jitter(delay.dividedBy(2))
                .multiplier(2)
                .maxDelay(retry.maxDelay())
                .build();
    }

    /** Calls with the retry rules; throws the last failure when they give up. */
    public <T extends Serializable> T call(BotApiMethod<T> method) throws CallFailed {
        return call(method, maxRateLimitWaits);
    }

    /**
     * Calls with the retries of 5xx and network errors, but throws a 429 at once: replies to a chat are parked
     * instead ({@link ParkedChats}), so that no worker other chats need sleeps through {@code retry_after}.
     */
    <T extends Serializable> T callWithoutWaiting(BotApiMethod<T> method) throws CallFailed {
        return call(method, 0);
    }

    private <T extends Serializable> T call(BotApiMethod<T> method, int maxRateLimitWaits) throws CallFailed {
        for (int waits = 0; ; waits++) {
            try {
                return transientRetries.execute(() -> once(method));
            } catch (RetryException e) {
                CallFailed failed = asCallFailed(method, e.getLastException());
                if (!failed.isRateLimited() || waits >= maxRateLimitWaits) {
                    throw failed;
                }
                log.info("Telegram asks to wait {} s before {}", failed.retryAfterSeconds(), method.getMethod());
                sleep(method, Duration.ofSeconds(failed.retryAfterSeconds()));
            }
        }
    }

    /** One attempt, no retries (the poll loop has its own). */
    public <T extends Serializable> T once(BotApiMethod<T> method) throws CallFailed {
        try {
            return client.execute(method);
        } catch (TelegramApiException e) {
            throw CallFailed.from(method.getMethod(), e);
        } catch (RuntimeException e) {
            throw new CallFailed(method.getMethod(), CallFailed.NETWORK, 0, String.valueOf(e), e);
        }
    }

    /** One attempt to send a photo, no retries (broadcasts pace and retry themselves). */
    public Message once(SendPhoto photo) throws CallFailed {
        try {
            return client.execute(photo);
        } catch (TelegramApiException e) {
            throw CallFailed.from(photo.getMethod(), e);
        } catch (RuntimeException e) {
            throw new CallFailed(photo.getMethod(), CallFailed.NETWORK, 0, String.valueOf(e), e);
        }
    }

    /**
     * Sends a file with the retries of 5xx and network errors; a 429 is thrown at once, as by
     * {@link #callWithoutWaiting}. The method is made afresh for each attempt: its file is a stream, read once.
     */
    Message sendDocument(java.util.function.Supplier<SendDocument> document) throws CallFailed {
        try {
            return transientRetries.execute(() -> onceDocument(document.get()));
        } catch (RetryException e) {
            Throwable last = e.getLastException();
            throw last instanceof CallFailed failed
                    ? failed
                    : new CallFailed(SendDocument.PATH, CallFailed.NETWORK, 0, String.valueOf(last), last);
        }
    }

    /**
     * Sends a voice message by the id of its file, with the retries of 5xx and network errors; a 429 is thrown at
     * once, as by {@link #callWithoutWaiting}.
     */
    Message sendVoice(SendVoice voice) throws CallFailed {
        try {
            return transientRetries.execute(() -> onceVoice(voice));
        } catch (RetryException e) {
            Throwable last = e.getLastException();
            throw last instanceof CallFailed failed
                    ? failed
                    : new CallFailed(SendVoice.PATH, CallFailed.NETWORK, 0, String.valueOf(last), last);
        }
    }

    private Message onceVoice(SendVoice voice) throws CallFailed {
        try {
            return client.execute(voice);
        } catch (TelegramApiException e) {
            throw CallFailed.from(voice.getMethod(), e);
        } catch (RuntimeException e) {
            throw new CallFailed(voice.getMethod(), CallFailed.NETWORK, 0, String.valueOf(e), e);
        }
    }

    private Message onceDocument(SendDocument document) throws CallFailed {
        try {
            return client.execute(document);
        } catch (TelegramApiException e) {
            throw CallFailed.from(document.getMethod(), e);
        } catch (RuntimeException e) {
            throw new CallFailed(document.getMethod(), CallFailed.NETWORK, 0, String.valueOf(e), e);
        }
    }

    private static CallFailed asCallFailed(BotApiMethod<?> method, Throwable last) {
        if (last instanceof CallFailed failed) {
            return failed;
        }
        return new CallFailed(method.getMethod(), CallFailed.NETWORK, 0, String.valueOf(last), last);
    }

    private static void sleep(BotApiMethod<?> method, Duration duration) throws CallFailed {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailed(method.getMethod(), CallFailed.NETWORK, 0, "interrupted", e);
        }
    }
}
