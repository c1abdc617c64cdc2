package org.wearetogether.access.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.access.Audit;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.People;
import org.wearetogether.regions.RegionCatalogue;

/** Wires the admins' commands. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    ChatCommand coordinatorCommand(
            MongoRoles roles,
            People people,
            RegionCatalogue regions,
            Audit audit,
            Clock clock,
            ApplicationEventPublisher events) {
        return new RoleCommand(RoleCommand.COORDINATOR, roles, roles, people, regions, audit, clock, events);
    }

    @Bean
    ChatCommand operatorCommand(
            MongoRoles roles,
            People people,
            RegionCatalogue regions,
            Audit audit,
            Clock clock,
            ApplicationEventPublisher events) {
        return new RoleCommand(RoleCommand.OPERATOR, roles, roles, people, regions, audit, clock, events);
    }

    @Bean
    org.wearetogether.chat.PersonalData forgettingInAudit(Audit audit, org.wearetogether.chat.Pseudonyms pseudonyms) {
        return new ForgettingInAudit(audit, pseudonyms);
    }

    @Bean
    ChatCommand operatorCallCommand(MongoRoles roles) {
        return new OperatorCallCommand(roles);
    }
}
