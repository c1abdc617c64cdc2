package org.wearetogether.telegram;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Telegram channel.
 *
 * @param token the bot token ({@code TELEGRAM_BOT_TOKEN}); blank = the channel stays off and reports DOWN
 * @param apiUrl the Bot API base URL ({@code TELEGRAM_API_URL}); tests point it at a fake server on 127.0.0.1
 * @param pollTimeout how long one {@code getUpdates} call may wait for updates (Telegram allows up to 50 s)
 * @param pollLimit updates per {@code getUpdates} call (1-100); also the most updates in work beyond the oldest
 *     unfinished one, since Telegram re-delivers everything from the confirmed offset on
 * @param workers chats processed in parallel
 * @param retry retries of outgoing calls
 * @param resendInterval how often replies kept for later (Bot API down, chat parked after a 429) are tried again
 * @param flood the inbound limit per chat
 * @param training the training run that makes the start-up cache: the channel answers one {@code /start} from a
 *     stand-in Bot API inside the process instead of Telegram (token and URL ignored), then the process exits
 */
@Validated
@ConfigurationProperties("together.telegram")
public record TelegramSettings(
        String token,
        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        @NotNull @DefaultValue("50s") Duration pollTimeout,
        @Min(1) @Max(100) @DefaultValue("100") int pollLimit,
        @Min(1) @Max(256) @DefaultValue("16") int workers,
        @Valid @NotNull @DefaultValue Retry retry,
        @NotNull @DefaultValue("1s") Duration resendInterval,
        @Valid @NotNull @DefaultValue Flood flood,
        @DefaultValue("false") boolean training) {

    /**
     * Retries of outgoing calls and of inputs the front desk could not store.
     *
     * @param maxAttempts attempts of one call on 5xx and network errors before giving up
     * @param initialDelay first back-off delay; doubles up to {@code maxDelay}, with jitter
     * @param maxDelay longest back-off delay
     * @param maxRateLimitWaits how many 429 answers one call waits out ({@code retry_after}) before giving up
     */
    public record Retry(
            @Min(1) @DefaultValue("5") int maxAttempts,
            @NotNull @DefaultValue("500ms") Duration initialDelay,
            @NotNull @DefaultValue("30s") Duration maxDelay,
            @Min(0) @DefaultValue("10") int maxRateLimitWaits) {}

    /**
     * The inbound limit per chat: beyond {@code updates} in {@code window} the person is asked once to slow down and
     * further updates are confirmed without work until the window has passed.
     *
     * @param updates updates one chat may send within the window
     * @param window the window; the allowance comes back whole when it has passed
     * @param trackedChats how many chats' counters are kept in memory (the least recently active are dropped)
     */
    public record Flood(
            @Min(1) @DefaultValue("20") int updates,
            @NotNull @DefaultValue("10s") Duration window,
            @Min(100) @DefaultValue("100000") long trackedChats) {}

    /** Settings with the defaults of {@code application.yml}, for tests and tools. */
    public static TelegramSettings of(String token, URI apiUrl) {
        return new TelegramSettings(
                token,
                apiUrl,
                Duration.ofSeconds(50),
                100,
                16,
                new Retry(5, Duration.ofMillis(500), Duration.ofSeconds(30), 10),
                Duration.ofSeconds(1),
                new Flood(20, Duration.ofSeconds(10), 100_000),
                false);
    }

    /** Whether a token is set, i.e. whether the channel should run. */
    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    /** Never prints the token: settings end up in logs. */
    @Override
    public String toString() {
        return "TelegramSettings[token=" + (hasToken() ? "***" : "none") + ", apiUrl=" + apiUrl + ", pollTimeout="
                + pollTimeout + ", pollLimit=" + pollLimit + ", workers=" + workers + ", retry=" + retry
                + ", resendInterval="
                + resendInterval + ", flood=" + flood + ", training=" + training + "]";
    }

    public TelegramSettings withPollTimeout(Duration timeout) {
        return new TelegramSettings(token, apiUrl, timeout, pollLimit, workers, retry, resendInterval, flood, training);
    }

    public TelegramSettings withWorkers(int count) {
        return new TelegramSettings(
                token, apiUrl, pollTimeout, pollLimit, count, retry, resendInterval, flood, training);
    }

    public TelegramSettings withRetry(Retry newRetry) {
        return new TelegramSettings(
                token, apiUrl, pollTimeout, pollLimit, workers, newRetry, resendInterval, flood, training);
    }

    public TelegramSettings withFlood(Flood newFlood) {
        return new TelegramSettings(
                token, apiUrl, pollTimeout, pollLimit, workers, retry, resendInterval, newFlood, training);
    }

    /** The same settings against another Bot API: the training run's stand-in. */
    public TelegramSettings withBotApi(String newToken, URI newApiUrl) {
        return new TelegramSettings(
                newToken, newApiUrl, pollTimeout, pollLimit, workers, retry, resendInterval, flood, training);
    }
}
