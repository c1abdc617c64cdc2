package org.wearetogether.broadcasts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.broadcasts.BroadcastDesk;
import org.wearetogether.broadcasts.BroadcastDesk.Choice;
import org.wearetogether.broadcasts.BroadcastDesk.StartResult;
import org.wearetogether.broadcasts.internal.BroadcastFakes.FakeAudit;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.volunteers.VolunteerStatus;

class ConsoleBroadcastsTest {

    private static final Person COORDINATOR = new Person("telegram", "501", "501", "Olga", null);
    private static final Person ADMIN = new Person("telegram", "900", "900", "Ivan", null);
    private static final Person STRANGER = new Person("telegram", "777", "777", "Petr", null);

    /** 23:30 in Moscow (night), 08:30 in Kamchatka. */
    private final SendingHarness h = new SendingHarness(Instant.parse("2026-06-10T20:30:00Z"));

    private final MongoDrafts drafts = new MongoDrafts(h.mongo.database());
    private final FakeAudit audit = new FakeAudit();
    private final Sending sending = h.sending(SendingHarness.settings(25));
    private final LedgerBuilding building = h.building(SendingHarness.settings(25));
    private final Composing composing = new Composing(
            drafts, h.broadcasts, building, h.roles, h.regions, audit, sending, SendingHarness.settings(25), h.clock);
    private final BroadcastButtons buttons =
            new BroadcastButtons(composing, h.broadcasts, sending, h.roles, audit, h.clock);
    private final BroadcastDesk desk = new ConsoleBroadcasts(
            h.broadcasts,
            h.ledger,
            new Estimating(building, h.regions, sending.quietHours(), SendingHarness.settings(25), h.clock),
            new Starting(h.broadcasts, building, audit, sending, h.clock),
            new Cancelling(h.broadcasts, sending, h.roles, audit, h.clock),
            sending.quietHours(),
            h.roles,
            h.regions,
            h.clock);

    ConsoleBroadcastsTest() {
        h.roles.coordinators.put("501", Set.of("RU-MOW"));
        h.roles.admins.add("900");
        h.volunteers.add("1", "RU-MOW", VolunteerStatus.APPROVED, "medical");
        h.volunteers.add("2", "RU-MOW", VolunteerStatus.APPROVED, "own_car");
        h.volunteers.add("3", "RU-MOW", VolunteerStatus.PAUSED, "medical");
        h.volunteers.add("4", "RU-KAM", VolunteerStatus.APPROVED);
    }

    @AfterEach
    void close() {
        h.close();
    }

    private static Choice moscow(Set<String> skills, Set<VolunteerStatus> statuses) {
        return new Choice(false, Set.of("RU-MOW"), skills, statuses, false);
    }

    @Test
    void theCountEstimateAndNightAreWordForWordWhatBroadcastSaysForTheSameAudience() {
        composing.begin(COORDINATOR, "en");
        long no = drafts.of("501").orElseThrow().no();
        composing.heard(COORDINATOR, "en", "Sorting food tomorrow");
        buttons.press(COORDINATOR, "en", "b:s:" + no + ":medical");
        Reply.EditPressed chat = (Reply.EditPressed)
                buttons.press(COORDINATOR, "en", "b:t:" + no + ":paused").get(0);

        BroadcastDesk.Estimate estimate = desk.estimate(
                "501", "en", moscow(Set.of("medical"), Set.of(VolunteerStatus.APPROVED, VolunteerStatus.PAUSED)));

        assertThat(estimate.count()).isEqualTo(2);
        assertThat(chat.text()).contains("2 will receive it").endsWith(estimate.text());
        assertThat(estimate.text()).contains("It is night now (22:00–08:00) in: Moscow");
        // composed at night: delivery starts at 08:00 in Moscow
        assertThat(estimate.quiet()).singleElement().satisfies(n -> {
            assertThat(n.regionCode()).isEqualTo("RU-MOW");
            assertThat(n.startsAt()).isEqualTo(LocalTime.of(8, 0));
        });
        assertThat(estimate.startsAt()).isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
    }

    @Test
    void anUrgentOneStartsNowForAdminsOnlyAsInTheChat() {
        Choice urgent = new Choice(false, Set.of("RU-MOW"), Set.of(), Set.of(), true);

        BroadcastDesk.Estimate admins = desk.estimate("900", "en", urgent);
        assertThat(admins.text()).contains("An urgent broadcast is delivered at night too");
        assertThat(admins.quiet()).isEmpty();
        assertThat(admins.startsAt()).isBefore(h.clock.instant().plusSeconds(60)); // now, not in the morning

        BroadcastDesk.Estimate coordinators = desk.estimate("501", "en", urgent);
        assertThat(coordinators.text()).contains("It is night now");
        assertThat(coordinators.startsAt()).isAfter(h.clock.instant());
    }

    @Test
    void onlyAdminsAndTheRegionsCoordinatorsMayComposeAsInTheChat() {
        assertThatThrownBy(() -> desk.choices("777", "en")).isInstanceOf(BroadcastDesk.NotAllowed.class);
        assertThatThrownBy(() -> desk.history("777", 10)).isInstanceOf(BroadcastDesk.NotAllowed.class);
        assertThatThrownBy(() ->
                        desk.estimate("501", "en", new Choice(false, Set.of("RU-KAM"), Set.of(), Set.of(), false)))
                .isInstanceOf(BroadcastDesk.NotAllowed.class);
        assertThatThrownBy(() -> desk.estimate("501", "en", new Choice(false, Set.of(), Set.of(), Set.of(), false)))
                .isInstanceOf(BroadcastDesk.NotAllowed.class);
        assertThatThrownBy(() ->
                        desk.estimate("900", "en", new Choice(false, Set.of("RU-XXX"), Set.of(), Set.of(), false)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(desk.start(STRANGER, "en", moscow(Set.of(), Set.of()), "Hi", null)
                        .result())
                .isEqualTo(StartResult.NOT_ALLOWED);
        BroadcastDesk.Started elsewhere = desk.start(
                COORDINATOR, "en", new Choice(false, Set.of("RU-KAM"), Set.of(), Set.of(), false), "Hi", null);
        assertThat(elsewhere.result()).isEqualTo(StartResult.NOT_YOUR_REGIONS);
        assertThat(elsewhere.message()).isEqualTo("You can only write to the volunteers of your regions: RU-MOW.");
        assertThat(desk.start(COORDINATOR, "en", moscow(Set.of(), Set.of()), "  ", null)
                        .result())
                .isEqualTo(StartResult.EMPTY);
        assertThat(desk.start(COORDINATOR, "en", moscow(Set.of(), Set.of()), "x".repeat(4097), null)
                        .result())
                .isEqualTo(StartResult.TOO_LONG);
        assertThat(desk.start(COORDINATOR, "en", moscow(Set.of("sign_language"), Set.of()), "Hi", null)
                        .result())
                .isEqualTo(StartResult.NOBODY);
        assertThat(h.broadcasts.recent(null, 10)).isEmpty();
        assertThat(audit.entries).isEmpty();

        BroadcastDesk.Choices choices = desk.choices("501", "en");
        assertThat(choices.admin()).isFalse();
        assertThat(choices.regions()).extracting(BroadcastDesk.Option::id).containsExactly("RU-MOW");
        assertThat(choices.defaults().regions()).containsExactly("RU-MOW");
        assertThat(desk.choices("900", "en").regions())
                .extracting(BroadcastDesk.Option::id)
                .containsExactly("RU-KAM", "RU-MOW");
    }

    @Test
    void startsThroughTheChatsPathOnceAuditedAndShowsItInTheHistory() {
        Choice choice = moscow(Set.of(), Set.of());
        BroadcastDesk.Started started = desk.start(COORDINATOR, "en", choice, "Sorting food tomorrow at 10", "form-1");

        assertThat(started.result()).isEqualTo(StartResult.STARTED);
        assertThat(started.count()).isEqualTo(2);
        assertThat(started.message())
                .isEqualTo(
                        "Broadcast #" + started.id() + " confirmed. I will show its progress in a separate message.");
        Broadcast b = h.broadcasts.byId(started.id()).orElseThrow();
        assertThat(b.authorChat()).isEqualTo("telegram:501");
        assertThat(b.state()).isEqualTo(Broadcast.State.SENDING);
        assertThat(audit.entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("broadcast.confirm");
            assertThat(e.actorId()).isEqualTo("501");
            assertThat(e.details()).contains("recipients=2", "via=console");
        });

        // the same form sent twice starts nothing new
        BroadcastDesk.Started again = desk.start(COORDINATOR, "en", choice, "Sorting food tomorrow at 10", "form-1");
        assertThat(again.result()).isEqualTo(StartResult.ALREADY_STARTED);
        assertThat(again.id()).isEqualTo(started.id());
        assertThat(h.broadcasts.recent(null, 10)).hasSize(1);

        List<BroadcastDesk.Summary> history = desk.history("501", 10);
        assertThat(history).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(started.id());
            assertThat(s.authorName()).isEqualTo("Olga");
            assertThat(s.preview()).isEqualTo("Sorting food tomorrow at 10");
            assertThat(s.state()).isEqualTo(BroadcastDesk.State.SENDING);
            assertThat(s.audience().regions()).containsExactly("RU-MOW");
        });
        assertThat(desk.history("900", 10)).hasSize(1);
        h.roles.coordinators.put("502", Set.of("RU-KAM"));
        assertThat(desk.history("502", 10)).isEmpty();
        assertThatThrownBy(() -> desk.report("502", started.id())).isInstanceOf(BroadcastDesk.NotAllowed.class);
        assertThat(desk.report("900", started.id()).orElseThrow().report().pending())
                .isEqualTo(2);
        assertThat(desk.report("900", 999)).isEmpty();

        assertThat(desk.cancel(new Person("telegram", "502", "502", "K", null), "en", started.id())
                        .cancelled())
                .isFalse();
        BroadcastDesk.Cancelled cancelled = desk.cancel(ADMIN, "en", started.id());
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(h.broadcasts.byId(started.id()).orElseThrow().state()).isEqualTo(Broadcast.State.CANCELLED);
        assertThat(audit.entries).extracting(e -> e.action()).containsExactly("broadcast.confirm", "broadcast.cancel");
    }
}
