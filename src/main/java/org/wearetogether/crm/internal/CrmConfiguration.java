package org.wearetogether.crm.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.crm.CrmSettings;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.regions.RegionCatalogue;

/** Wires the CRM integration: keys, their command and the API, webhooks and their delivery. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrmSettings.class)
class CrmConfiguration {

    @Bean
    ApiKeys crmApiKeys(MongoApiKeys store, Clock clock) {
        return new ApiKeys(store, clock);
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
    ChatCommand webhookCommand(MongoWebhooks webhooks, RegionCatalogue regions, AdminGate gate, Clock clock) {
        return new WebhookCommand(webhooks, regions, gate, clock);
    }

    @Bean
    WebhookOutbox webhookOutbox(
            MongoWebhooks webhooks, MongoWebhookDeliveries deliveries, RequestLifecycle lifecycle, Clock clock) {
        return new WebhookOutbox(webhooks, deliveries, lifecycle, clock);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(
            MongoWebhooks webhooks, MongoWebhookDeliveries deliveries, CrmSettings settings, Clock clock) {
        return new WebhookDispatcher(webhooks, deliveries, settings, clock);
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
