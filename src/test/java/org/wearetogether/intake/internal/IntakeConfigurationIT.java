package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.jobs.Job;
import org.wearetogether.regions.RegionCatalogue;

/**
 * The intake's beans come up from what other modules provide: a MongoDatabase, a Clock, the region catalogue and (from
 * Spring Boot's actuator) a MeterRegistry.
 */
class IntakeConfigurationIT {

    @Test
    void contributesTheSubmitActionTheRequestsCommandAndForgetting() {
        try (InMemoryMongo mongo = new InMemoryMongo();
                AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(MongoDatabase.class, mongo::freshDatabase);
            context.registerBean(Clock.class, () -> Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
            context.registerBean(RegionCatalogue.class, org.wearetogether.testing.FixedRegions::none);
            context.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
            context.registerBean(
                    org.wearetogether.chat.Pseudonyms.class, () -> org.wearetogether.chat.Pseudonyms.fromSecret(""));
            context.registerBean(org.wearetogether.access.Roles.class, () -> EraseCommandTest.NO_ROLES);
            context.registerBean(org.wearetogether.access.Audit.class, () -> EraseCommandTest.NO_AUDIT);
            context.registerBean(
                    org.wearetogether.storage.StoreScrub.class, () -> org.wearetogether.storage.StoreScrub.NONE);
            context.registerBean(
                    org.wearetogether.jobs.RetentionSettings.class, org.wearetogether.jobs.RetentionSettings::defaults);
            context.register(
                    MongoHelpRequests.class,
                    MongoRequestLifecycle.class,
                    MongoCodeWords.class,
                    MongoRequestStatistics.class,
                    MongoRequestExport.class,
                    MongoRequestNotes.class,
                    MongoRequestsByPhone.class,
                    IntakeConfiguration.class);
            context.refresh();

            assertThat(context.getBean(DialogAction.class).name()).isEqualTo("submit_help_request");
            assertThat(context.getBeansOfType(ChatCommand.class).values())
                    .extracting(c -> c.description().name())
                    .containsExactlyInAnyOrder("requests", "erase");
            assertThat(context.getBean(PersonalData.class)).isInstanceOf(ForgettingRequester.class);
            assertThat(context.getBeansOfType(Job.class).keySet())
                    .containsExactlyInAnyOrder("requestCounts", "erasureNotices", "countingStatistics");
            assertThat(context.getBean(HelpRequests.class).byNumber("MOW-000001"))
                    .isEmpty();
            assertThat(context.getBean(org.wearetogether.intake.CodeWords.class).current("MOW-000001"))
                    .isEmpty();
        }
    }
}
