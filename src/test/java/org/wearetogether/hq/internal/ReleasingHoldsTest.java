package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.CoordinatorRemoved;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.dialog.Person;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestStatus;

class ReleasingHoldsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "901", "Olga");
    private static final Actor PETR = new Actor(Actor.Role.COORDINATOR, "902", "Petr");
    private static final Person ADMIN = new Person("telegram", "900", "900", "Admin", "boss");

    private final HqFakes.Requests requests = new HqFakes.Requests();
    private final HqFakes.FixedRoles roles = new HqFakes.FixedRoles();
    private final HqFakes.Channel channel = new HqFakes.Channel();
    private final ReleasingHolds holds = new ReleasingHolds(
            requests, roles, new ChatDelivery(() -> Map.of("telegram", channel)), new HqFakes.MovingClock(T0));

    @Test
    void theRequestsARemovedCoordinatorHeldInTheirFormerRegionsGoBackToTheQueueWithAHistoryEntry() {
        requests.held("MOW-000001", "RU-MOW", OLGA);
        requests.held("MOW-000002", "RU-MOW", PETR);
        requests.held("SPE-000001", "RU-SPE", OLGA);
        roles.coordinators.put("901", Set.of("RU-SPE"));

        holds.on(new CoordinatorRemoved("901", Set.of("RU-MOW"), ADMIN, "en", T0));

        assertThat(requests.byNumber("MOW-000001").orElseThrow().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(requests.byNumber("MOW-000001").orElseThrow().holder()).isNull();
        assertThat(requests.byNumber("MOW-000002").orElseThrow().holder()).isEqualTo(PETR);
        assertThat(requests.byNumber("SPE-000001").orElseThrow().holder()).isEqualTo(OLGA);
        assertThat(requests.changes).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(RequestStatus.SUBMITTED);
            assertThat(c.actor().id()).isEqualTo("900");
            assertThat(c.comment()).contains("no longer works in the region");
        });
        assertThat(channel.sent)
                .singleElement()
                .asString()
                .startsWith("900: ")
                .contains("901 held went back to the queue (1): MOW-000001");
    }

    @Test
    void aRequestStillHeldBySomeoneWhoNoLongerCoordinatesItsRegionIsFoundForTheReminderToReturnIt() {
        var held = requests.held("MOW-000001", "RU-MOW", OLGA);
        roles.coordinators.put("901", Set.of("RU-MOW"));
        assertThat(holds.heldByFormerCoordinator(held)).isFalse();

        roles.coordinators.put("901", Set.of());
        assertThat(holds.heldByFormerCoordinator(held)).isTrue();
        assertThat(holds.release(held, Actor.SYSTEM)).isTrue();
        assertThat(holds.release(requests.byNumber("MOW-000001").orElseThrow(), Actor.SYSTEM))
                .as("already back")
                .isFalse();
    }
}
