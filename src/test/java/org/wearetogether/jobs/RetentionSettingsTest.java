package org.wearetogether.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The retention periods bind from application.yml and their environment variables, and {@code TOGETHER_RETENTION}
 * (the closed requests' older setting, whose relaxed name is the prefix {@code together.retention} itself) does not
 * get in the way.
 */
class RetentionSettingsTest {

    @Test
    void defaultsKeepTheConsentTextsPromise() {
        RetentionSettings settings = bound(Map.of());

        assertThat(settings).isEqualTo(RetentionSettings.defaults());
        assertThat(settings.staleRequests()).isEqualTo(Duration.ofDays(60));
        assertThat(settings.chats()).isEqualTo(Duration.ofDays(180));
    }

    @Test
    void periodsComeFromTheirEnvironmentVariablesBesideTogetherRetention() {
        RetentionSettings settings = bound(Map.of(
                "TOGETHER_RETENTION", "90d",
                "TOGETHER_RETENTION_STALE_REQUESTS", "30d",
                "TOGETHER_RETENTION_AUDIT", "730d",
                "TOGETHER_RETENTION_WEBHOOK_DELIVERIES", "14d"));

        assertThat(settings.staleRequests()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.audit()).isEqualTo(Duration.ofDays(730));
        assertThat(settings.webhookDeliveries()).isEqualTo(Duration.ofDays(14));
        assertThat(settings.ledgers()).isEqualTo(Duration.ofDays(30));
    }

    private static RetentionSettings bound(Map<String, Object> environment) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .environment(env)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run()) {
            return context.getBean(RetentionSettings.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetentionSettings.class)
    static class Settings {}
}
