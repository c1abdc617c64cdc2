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
