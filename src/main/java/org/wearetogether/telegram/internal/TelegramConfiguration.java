package org.wearetogether.telegram.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.telegram.TelegramSettings;

/**
 * Wires the Telegram channel: needs a {@link FrontDesk} and a {@link Leadership} bean and {@link TelegramSettings} (found by
 * {@code @ConfigurationPropertiesScan}); provides the channel (a {@code SmartLifecycle}), its {@link ChannelSender}
 * and the {@code telegram} health indicator.
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    @Bean
    TelegramChannel telegramChannel(
            TelegramSettings settings,
            FrontDesk frontDesk,
            Leadership leadership,
            MeterRegistry meters,
            ObjectProvider<TrainingRun> training) {
        TrainingRun run = training.getIfAvailable();
        return new TelegramChannel(run == null ? settings : run.settings(settings), frontDesk, leadership, meters);
    }

    /** Only in the training run that makes the start-up cache (README, "Start-up time"). */
    @Bean
    @ConditionalOnBooleanProperty("together.telegram.training")
    TrainingRun trainingRun(ConfigurableApplicationContext context) {
        return new TrainingRun(context);
    }

    /** The re-send of replies kept while Telegram could not take them, on the lease holder. */
    @Bean
    Job replyResending(TelegramChannel channel, TelegramSettings settings) {
        return new ReplyResending(channel, settings.resendInterval());
    }

    @Bean
    ChannelSender telegramChannelSender(TelegramChannel channel) {
        return channel.sender();
    }

    @Bean
    HealthIndicator telegramHealthIndicator(TelegramChannel channel) {
        return new TelegramHealth(channel);
    }
}
