package org.wearetogether.telegram.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.HealthIndicator;
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
            TelegramSettings settings, FrontDesk frontDesk, Leadership leadership, MeterRegistry meters) {
        return new TelegramChannel(settings, frontDesk, leadership, meters);
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
