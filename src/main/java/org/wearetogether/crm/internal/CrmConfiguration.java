package org.wearetogether.crm.internal;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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

    private static final Logger LOG = LoggerFactory.getLogger(CrmConfiguration.class);

    @Bean
    ApiKeys crmApiKeys(MongoApiKeys store, Clock clock) {
        return new ApiKeys(store, clock);
    }

    @Bean
    AdminGate crmAdminGate(ObjectProvider<Roles> roles) {
        return new AdminGate(roles.getIfAvailable(() -> {
            LOG.warn("No access.Roles bean: nobody may run /apikey and /webhook");
            return new NoOne();
        }));
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
    WebhookWorker webhookWorker(WebhookOutbox outbox, WebhookDispatcher dispatcher, CrmSettings settings) {
        return new WebhookWorker(outbox, dispatcher, settings);
    }

    /** Until the access module provides the roles, nobody is an admin: the safe default. */
    private static final class NoOne implements Roles {
        @Override
        public boolean isAdmin(String userId) {
            return false;
        }

        @Override
        public Set<String> coordinatedRegions(String userId) {
            return Set.of();
        }

        @Override
        public boolean isOperator(String userId) {
            return false;
        }
    }
}
