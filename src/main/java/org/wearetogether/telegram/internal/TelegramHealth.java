package org.wearetogether.telegram.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The {@code telegram} entry of {@code /actuator/health}: UP once the Bot API answered, DOWN with the reason. */
final class TelegramHealth implements HealthIndicator {

    private final TelegramChannel channel;

    TelegramHealth(TelegramChannel channel) {
        this.channel = channel;
    }

    @Override
    public Health health() {
        ChannelStatus status = channel.status();
        return status.up()
                ? Health.up().withDetail("bot", status.detail()).build()
                : Health.down().withDetail("reason", status.detail()).build();
    }
}
