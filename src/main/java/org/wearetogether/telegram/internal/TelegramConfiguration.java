package org.wearetogether.telegram.internal;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.FrontDesk;
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
    TelegramChannel telegramChannel(TelegramSettings settings, FrontDesk frontDesk, Leadership leadership) {
        return new TelegramChannel(settings, frontDesk, leadership);
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
