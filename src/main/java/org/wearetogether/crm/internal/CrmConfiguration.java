package org.wearetogether.crm.internal;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.crm.CrmApiSettings;
import org.wearetogether.crm.CrmSettings;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.regions.RegionCatalogue;

/** Wires the CRM integration: keys, their command and the API, webhooks and their delivery. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CrmSettings.class, CrmApiSettings.class})
class CrmConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CrmConfiguration.class);

    @Bean
    WebhookSecrets webhookSecrets(@Value("${together.crm.secret-key:}") String secretKey) {
        Optional<SecretBox> box;
        try {
            box = SecretBox.fromSetting(secretKey);
        } catch (IllegalArgumentException e) {
            LOG.error("Webhooks cannot be switched on: {}", e.getMessage());
            return WebhookSecrets.none();
        }
        if (box.isEmpty()) {
            LOG.warn("TOGETHER_SECRET_KEY is not set: /webhook is refused until it is (see docs/crm-api.md); "
                    + "everything else works");
        }
        return new WebhookSecrets(box);
    }

    @Bean
    WebhookTargets webhookTargets(CrmSettings settings) {
        return WebhookTargets.usingSystemDns(settings.allow());
    }

    @Bean
    ApiKeys crmApiKeys(MongoApiKeys store, CrmApiSettings settings, Clock clock) {
        return new ApiKeys(store, settings.keyLifetime(), clock);
    }

    @Bean
    WebMvcConfigurer crmApiKeyCheck(ApiKeys keys, CrmApiSettings settings) {
        ApiKeyCheck check = new ApiKeyCheck(keys, new ApiRateLimits(settings.rateLimit()));
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(check).addPathPatterns("/api/v1/**");
            }
        };
    }

    @Bean
    AdminGate crmAdminGate(Roles roles) {
        return new AdminGate(roles);
    }

    @Bean
    ChatCommand apiKeyCommand(ApiKeys keys, RegionCatalogue regions, AdminGate gate) {
        return new ApiKeyCommand(keys, regions, gate);
    }

    @Bean
    ChatCommand webhookCommand(
            MongoWebhooks webhooks,
            RegionCatalogue regions,
            AdminGate gate,
            WebhookTargets targets,
            WebhookSecrets secrets,
            CrmSettings settings,
            Clock clock) {
        return new WebhookCommand(webhooks, regions, gate, targets, secrets, settings.secretOverlap(), clock);
    }

    @Bean
    WebhookOutbox webhookOutbox(
            MongoWebhooks webhooks,
            MongoWebhookDeliveries deliveries,
            RequestLifecycle lifecycle,
            org.wearetogether.intake.HelpRequests requests,
            org.wearetogether.jobs.RetentionSettings retention,
            Clock clock) {
        return new WebhookOutbox(webhooks, deliveries, lifecycle, requests, retention.webhookDeliveries(), clock);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(
            MongoWebhooks webhooks,
            MongoWebhookDeliveries deliveries,
            CrmSettings settings,
            WebhookTargets targets,
            Clock clock) {
        return new WebhookDispatcher(webhooks, deliveries, settings, targets, clock);
    }

    @Bean
    WebhookSweep webhookSweep(WebhookOutbox outbox, CrmSettings settings) {
        return new WebhookSweep(outbox::sweep, settings);
    }

    @Bean
    WebhookDispatch webhookDispatch(WebhookDispatcher dispatcher, CrmSettings settings) {
        return new WebhookDispatch(dispatcher::dispatchDue, settings);
    }
}
