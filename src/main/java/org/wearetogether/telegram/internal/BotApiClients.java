package org.wearetogether.telegram.internal;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The HTTP clients of the channel: one for the long poll (its read timeout outlasts the poll, and cancelling it on
 * shutdown does not touch replies in flight), one for everything sent. OkHttp's default of 5 concurrent requests per
 * host would throttle the chat workers, so the sending dispatcher allows one request per worker and some.
 */
final class BotApiClients {

    private static final Duration SEND_READ_TIMEOUT = Duration.ofSeconds(30);

    private final OkHttpClient pollingHttp;
    private final OkHttpClient sendingHttp;
    final OkHttpTelegramClient polling;
    final OkHttpTelegramClient sending;

    BotApiClients(TelegramSettings settings) {
        TelegramUrl url = telegramUrl(settings.apiUrl());
        this.pollingHttp = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollTimeout().plusSeconds(15))
                .build();
        var dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(settings.workers() * 2 + 8);
        dispatcher.setMaxRequestsPerHost(settings.workers() * 2 + 8);
        this.sendingHttp = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(settings.workers() + 4, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(SEND_READ_TIMEOUT)
                .build();
        this.polling = new OkHttpTelegramClient(pollingHttp, settings.token(), url);
        this.sending = new OkHttpTelegramClient(sendingHttp, settings.token(), url);
    }

    static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "http".equalsIgnoreCase(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    /** Aborts a long poll in progress, so that shutdown does not wait for it. */
    void cancelPolling() {
        pollingHttp.dispatcher().cancelAll();
    }

    void close() {
        for (OkHttpClient http : new OkHttpClient[] {pollingHttp, sendingHttp}) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
