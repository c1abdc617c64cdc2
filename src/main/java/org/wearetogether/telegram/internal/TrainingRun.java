package org.wearetogether.telegram.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The training run ({@code together.telegram.training=true}), which the Dockerfile and {@code bin/fast-start.sh}
 * use to make the start-up cache: the channel talks to a {@link TrainingBotApi} in this JVM instead of Telegram,
 * answers its one {@code /start}, and the process then exits (0; 1 if no answer came within {@link #TIMEOUT}), so
 * that the cache holds the classes of the whole way to the first reply, not only of the refreshed context.
 */
final class TrainingRun implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final TrainingBotApi api = TrainingBotApi.start();
    private final ConfigurableApplicationContext context;

    TrainingRun(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The channel's settings pointed at the stand-in, whatever token and URL were configured. */
    TelegramSettings settings(TelegramSettings configured) {
        return configured.withBotApi(TrainingBotApi.TOKEN, api.apiUrl());
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        log.info("Training run: answering a /start from the stand-in Bot API at {}, then exiting", api.apiUrl());
        Thread.ofPlatform().name("training-run").daemon().start(this::exitOnceAnswered);
    }

    private void exitOnceAnswered() {
        boolean answered;
        try {
            answered = api.awaitAnswered(TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answered = false;
        }
        if (answered) {
            log.info("Training run: the /start was answered; exiting");
        } else {
            log.error("Training run: no answer to the stand-in's /start within {}; exiting with 1", TIMEOUT);
        }
        int code = answered ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    @Override
    public void close() {
        api.close();
    }
}
