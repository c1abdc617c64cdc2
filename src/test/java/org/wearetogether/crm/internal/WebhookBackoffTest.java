package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wearetogether.crm.CrmSettings;

/** The wait between webhook attempts doubles from the initial back-off up to the maximum. */
class WebhookBackoffTest {

    private final CrmSettings settings = new CrmSettings(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofMinutes(1),
            java.util.List.of(),
            Duration.ofDays(1));
    private final WebhookDispatcher dispatcher = new WebhookDispatcher(
            null, null, settings, WebhookTargets.usingSystemDns(java.util.List.of()), Clock.systemUTC());

    @Test
    void doublesAfterEachFailureAndStopsGrowingAtTheMaximum() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(dispatcher.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(dispatcher.backoff(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(dispatcher.backoff(500)).isEqualTo(Duration.ofMinutes(1));
    }
}
