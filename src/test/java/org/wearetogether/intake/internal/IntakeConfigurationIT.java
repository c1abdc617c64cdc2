package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/** The intake's beans come up from what other modules provide: a MongoDatabase, a Clock and the region catalogue. */
class IntakeConfigurationIT {

    @Test
    void contributesTheSubmitActionTheRequestsCommandAndForgetting() {
        try (InMemoryMongo mongo = new InMemoryMongo();
                AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(MongoDatabase.class, mongo::freshDatabase);
            context.registerBean(Clock.class, () -> Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
            context.registerBean(RegionCatalogue.class, NoRegions::new);
            context.register(MongoHelpRequests.class, IntakeConfiguration.class);
            context.refresh();

            assertThat(context.getBean(DialogAction.class).name()).isEqualTo("submit_help_request");
            assertThat(context.getBean(ChatCommand.class).description().name()).isEqualTo("requests");
            assertThat(context.getBean(PersonalData.class)).isInstanceOf(ForgettingRequester.class);
            assertThat(context.getBean(HelpRequests.class).byNumber("MOW-000001"))
                    .isEmpty();
        }
    }

    private static final class NoRegions implements RegionCatalogue {
        @Override
        public List<Region> all() {
            return List.of();
        }

        @Override
        public Optional<Region> byCode(String code) {
            return Optional.empty();
        }

        @Override
        public RegionMatch match(String typed) {
            return new RegionMatch(Optional.empty(), List.of());
        }
    }
}
