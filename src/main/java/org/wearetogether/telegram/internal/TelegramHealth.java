package org.wearetogether.telegram.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code telegram} entry of {@code /actuator/health}: UP once the Bot API answered and the poll loop runs, UP as
 * "standby" on an instance that waits for the lease, DOWN with the reason otherwise (no token, Bot API unreachable,
 * poll loop restarting).
 */
final class TelegramHealth implements HealthIndicator {

    private final TelegramChannel channel;

    TelegramHealth(TelegramChannel channel) {
        this.channel = channel;
    }

    @Override
    public Health health() {
        ChannelStatus status = channel.status();
        if (status.standby()) {
            return Health.up()
                    .withDetail("role", "standby")
                    .withDetail("instance", channel.instanceId())
                    .withDetail("reason", status.detail())
                    .build();
        }
        return status.up()
                ? Health.up()
                        .withDetail("role", "leader")
                        .withDetail("instance", channel.instanceId())
                        .withDetail("bot", status.detail())
                        .build()
                : Health.down()
                        .withDetail("instance", channel.instanceId())
                        .withDetail("reason", status.detail())
                        .build();
    }
}
