package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.intake.RequestLifecycle.Waiting;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;

/** Where routing stands (health), what the admins are told about lost chats, and the hourly reminder. */
class RoutingTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final HqFakes.Requests requests = new HqFakes.Requests();
    private final HqFakes.Channel channel = new HqFakes.Channel();
    private final HqFakes.MovingClock clock = new HqFakes.MovingClock(T0);
    private final MongoHqChats chats = new MongoHqChats(mongo.database());
    private final RoutingStatus status = new RoutingStatus(chats, requests, clock);
    private final AdminNotices admins =
            new AdminNotices(new HqFakes.FixedRoles(), new ChatDelivery(() -> Map.of("telegram", channel)));

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void healthIsDownOnlyWhileSomeRequestHasNoLiveChatAnywhereToGoTo() {
        HqChat moscow = new HqChat("telegram:-100", "RU-MOW", "en", false);
        HqChat federal = new HqChat("telegram:-900", HqChat.FEDERAL, "en", true);
        Map<String, Waiting> waiting = Map.of("RU-MOW", new Waiting(3, 1), "RU-SPE", new Waiting(2, 0));

        var covered = RoutingStatus.compute(List.of(moscow, federal), waiting, T0);
        assertThat(covered.withoutLiveChat()).containsOnlyKeys("RU-MOW", "RU-SPE");
        assertThat(covered.stranded()).isEmpty();

        var stranded = RoutingStatus.compute(List.of(moscow), waiting, T0);
        assertThat(stranded.stranded()).containsExactly(Map.entry("RU-MOW", 1L));
        assertThat(stranded.dead()).containsExactly(moscow);

        var nothingWaits = RoutingStatus.compute(List.of(moscow), Map.of(), T0);
        assertThat(nothingWaits.withoutLiveChat()).containsOnlyKeys("RU-MOW");
        assertThat(nothingWaits.stranded()).isEmpty();
    }

    @Test
    void theHealthIndicatorSaysDownWithTheStrandedRegions() {
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        var health = new HqRoutingHealth(status);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("strandedRequests", Map.of("RU-MOW", 1L));

        chats.bind(new HqChat("telegram:-900", HqChat.FEDERAL, "en"), "900", T0);
        clock.advance(RoutingStatus.MAX_AGE.plusSeconds(1));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theGaugesShowRegionsWithoutALiveChatStrandedRequestsAndDeadChats() {
        chats.bind(new HqChat("telegram:-100", "RU-MOW", "en"), "900", T0);
        chats.markDead("telegram:-100", "kicked", T0);
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        requests.add(HqFakes.request("SPE-000001", "RU-SPE", T0));
        var registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        new RoutingMeters(status).bindTo(registry);

        assertThat(registry.get("together.hq.regions.without.live.chat").gauge().value())
                .isEqualTo(2);
        assertThat(registry.get("together.hq.requests.stranded").gauge().value())
                .isEqualTo(2);
        assertThat(registry.get("together.hq.chats.dead").gauge().value()).isEqualTo(1);

        requests.unreachable = true; // the store is gone: no number rather than a stale one
        clock.advance(RoutingStatus.MAX_AGE.plusSeconds(1));
        assertThat(registry.get("together.hq.chats.dead").gauge().value()).isNaN();
    }

    @Test
    void adminsAreToldOnceThatAChatIsLostWithTheRegionAndHowManyWait() {
        chats.bind(new HqChat("telegram:-100", "RU-MOW", "en"), "900", T0);
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        requests.add(HqFakes.request("MOW-000002", "RU-MOW", T0));
        chats.markDead("telegram:-100", "kicked", T0);
        var notices = new BindingNotices(chats, status, admins, FixedRegions.of(FixedRegions.MOSCOW));

        notices.sweep();
        notices.sweep();

        assertThat(channel.sent)
                .singleElement()
                .asString()
                .startsWith("900: ⚠️ The HQ chat of Moscow (RU-MOW)")
                .contains("Waiting to be taken: 2")
                .contains("There is no federal chat");

        chats.markAlive("telegram:-100", T0);
        notices.sweep();
        assertThat(channel.sent).hasSize(2).last().asString().contains("works again");
    }

    @Test
    void requestsWithNowhereToGoRemindTheAdminsOncePerHourPerRegionAlsoAcrossARestart() {
        requests.add(HqFakes.request("MOW-000001", "RU-MOW", T0));
        requests.add(HqFakes.request("SPE-000001", "RU-SPE", T0));
        var reminders = reminders();

        assertThat(reminders.sweep()).isEqualTo(2);
        assertThat(channel.sent).anySatisfy(s -> assertThat(s).contains("1 requests from RU-MOW have nowhere to go"));
        clock.advance(Duration.ofMinutes(30));
        assertThat(reminders().sweep()).as("a restarted service remembers").isZero();
        clock.advance(Duration.ofMinutes(31));
        assertThat(reminders.sweep()).isEqualTo(2);
        assertThat(channel.sent).hasSize(4);

        chats.bind(new HqChat("telegram:-900", HqChat.FEDERAL, "en"), "900", clock.instant());
        clock.advance(Duration.ofHours(2));
        assertThat(reminders.sweep()).as("a federal chat takes them").isZero();
    }

    private UnroutedReminders reminders() {
        return new UnroutedReminders(
                new RoutingStatus(chats, requests, clock),
                new MongoUnroutedMarks(mongo.database()),
                admins,
                FixedRegions.none(),
                clock);
    }
}
