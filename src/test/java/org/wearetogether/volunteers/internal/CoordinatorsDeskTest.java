package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.person;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.volunteer;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.volunteers.VolunteerDesk;
import org.wearetogether.volunteers.VolunteerDesk.Query;
import org.wearetogether.volunteers.VolunteerDesk.Result;
import org.wearetogether.volunteers.VolunteerStatus;

class CoordinatorsDeskTest {

    private MongoFixtures.InMemoryMongo mongo;
    private MongoVolunteers volunteers;
    private final VolunteerFixtures.FakeRoles roles =
            new VolunteerFixtures.FakeRoles().coordinator("901", "RU-MOW").coordinator("902", "RU-MOW");
    private final VolunteerFixtures.RecordingAudit audit = new VolunteerFixtures.RecordingAudit();
    private final VolunteerFixtures.RecordingDelivery delivery = new VolunteerFixtures.RecordingDelivery();
    private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);
    private ApprovalCards cards;
    private VolunteerButtons buttons;
    private VolunteerDesk desk;

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        volunteers = new MongoVolunteers(mongo.database());
        MongoDeclineReasons waits = new MongoDeclineReasons(mongo.database());
        roles.coordinator("950", "RU-SPE");
        roles.admins.add("900");
        ProfileView view = new ProfileView(FixedRegions.of(FixedRegions.MOSCOW), new OptionNames(Map.of()));
        Approvals approvals = new Approvals(volunteers, waits, roles, audit, view, () -> {}, clock);
        SelfService self = new SelfService(volunteers, view, e -> {}, () -> {}, clock);
        buttons = new VolunteerButtons(approvals, self);
        cards = new ApprovalCards(volunteers, roles, view, delivery, "8 800 200-34-11");
        desk = new CoordinatorsDesk(volunteers, approvals, self, roles, audit, delivery, clock);
        volunteers.signUp(volunteer("2001", "Ivan Petrov", "RU-MOW", List.of("own_car")), "c1", T);
        volunteers.signUp(volunteer("2002", "anna Smirnova", "RU-MOW", List.of("medical")), "c2", T.plusSeconds(60));
        volunteers.signUp(
                volunteer("2003", "Boris", "RU-MOW", List.of("medical", "own_car")), "c3", T.plusSeconds(120));
        volunteers.signUp(volunteer("3001", "Sergei", "RU-SPE", List.of()), "c4", T);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void listsARegionFilteredSortedAndPagedWithCountsByStatus() {
        volunteers.decide("2002", 1, VolunteerStatus.APPROVED, null, "Olga", "901", T);

        VolunteerDesk.Page all = desk.list("901", Query.region("RU-MOW"));
        assertThat(all.rows())
                .extracting(r -> r.volunteer().name())
                .containsExactly("anna Smirnova", "Boris", "Ivan Petrov");
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.byStatus())
                .containsEntry(VolunteerStatus.PENDING, 2L)
                .containsEntry(VolunteerStatus.APPROVED, 1L)
                .containsEntry(VolunteerStatus.PAUSED, 0L);
        VolunteerDesk.Row anna = all.rows().get(0);
        assertThat(anna.decidedBy()).isEqualTo("Olga");
        assertThat(anna.lastActiveAt()).isEqualTo(T.plusSeconds(60)); // the sign-up
        assertThat(anna.volunteer().district()).isEqualTo("Center");
        assertThat(anna.volunteer().availability()).containsExactly("weekends");

        assertThat(desk.list("901", new Query("RU-MOW", Set.of(VolunteerStatus.PENDING), "medical", null, null, 0, 10))
                        .rows())
                .extracting(r -> r.volunteer().userId())
                .containsExactly("2003");
        assertThat(desk.list("901", new Query("RU-MOW", Set.of(), null, "PETR", null, 0, 10))
                        .rows())
                .extracting(r -> r.volunteer().userId())
                .containsExactly("2001");
        VolunteerDesk.Page newest =
                desk.list("901", new Query("RU-MOW", Set.of(), null, null, VolunteerDesk.Sort.NEWEST, 1, 2));
        assertThat(newest.rows()).extracting(r -> r.volunteer().userId()).containsExactly("2001");
        assertThat(newest.total()).isEqualTo(3);
        assertThat(desk.list("901", new Query("RU-MOW", Set.of(), null, null, VolunteerDesk.Sort.LAST_ACTIVE, 0, 1))
                        .rows())
                .extracting(r -> r.volunteer().userId())
                .containsExactly("2003");
    }

    @Test
    void onlyAdminsAndTheRegionsCoordinatorsSeeItsVolunteers() {
        assertThatThrownBy(() -> desk.list("950", Query.region("RU-MOW"))).isInstanceOf(VolunteerDesk.NotAllowed.class);
        assertThatThrownBy(() -> desk.list("777", Query.region("RU-MOW"))).isInstanceOf(VolunteerDesk.NotAllowed.class);
        assertThat(desk.list("900", Query.region("RU-MOW")).total()).isEqualTo(3);
        assertThat(desk.list("950", Query.region("RU-SPE")).total()).isEqualTo(1);
    }

    @Test
    void anApprovalInTheConsoleEditsEveryChatCardIncludingTheDecidersOwn() {
        cards.postOwed();
        assertThat(volunteers.profile("2001").orElseThrow().cards())
                .extracting(Profile.CardRef::chatKey)
                .containsExactlyInAnyOrder("telegram:901", "telegram:902");

        VolunteerDesk.Outcome approved = desk.approve(person("901", "Olga"), "en", "2001", 1);
        cards.tellOwed();

        assertThat(approved.result()).isEqualTo(Result.DONE);
        assertThat(approved.message()).contains("Ivan Petrov is approved");
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.APPROVED);
        assertThat(delivery.edited)
                .extracting(VolunteerFixtures.RecordingDelivery.Posted::chatKey)
                .containsExactlyInAnyOrder("telegram:901", "telegram:902");
        assertThat(delivery.edited).allSatisfy(e -> {
            assertThat(e.message().text()).contains("Approved: Olga");
            assertThat(e.message().keyboard()).isEqualTo(new Reply.Keyboard.Inline(List.of()));
        });
        assertThat(delivery.sent)
                .singleElement()
                .satisfies(s -> assertThat(s.chatKey()).isEqualTo("telegram:2001"));
        assertThat(audit.entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("volunteer.approve");
            assertThat(e.details()).contains("console");
        });

        // the card's button, pressed afterwards, finds it decided: one decision for both front ends
        List<Reply> late = buttons.press(person("902", "Petr"), "en", "v:a:2001:1");
        assertThat(((Reply.Notice) late.get(0)).text()).contains("decided already (Olga)");
        assertThat(desk.approve(person("902", "Petr"), "en", "2001", 1).result())
                .isEqualTo(Result.ALREADY);
    }

    @Test
    void aChatApprovalStillEditsOnlyTheOtherCardsAfterwards() {
        cards.postOwed();
        buttons.press(person("901", "Olga"), "en", "v:a:2001:1");
        cards.tellOwed();

        assertThat(delivery.edited)
                .extracting(VolunteerFixtures.RecordingDelivery.Posted::chatKey)
                .containsExactly("telegram:902");
    }

    @Test
    void declinesWithTheChatsReasonsAndRulesAndRefusesOutsidersAndOldRounds() {
        assertThat(desk.decline(person("950", "K"), "en", "2001", 1, "no").result())
                .isEqualTo(Result.NOT_ALLOWED);
        assertThat(desk.decline(person("901", "Olga"), "en", "2001", 2, "no").result())
                .isEqualTo(Result.OUTDATED);
        assertThat(desk.approve(person("901", "Olga"), "en", "9999", 1).result())
                .isEqualTo(Result.NOT_FOUND);
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.PENDING);

        VolunteerDesk.Outcome declined =
                desk.decline(person("901", "Olga"), "en", "2001", 1, "  " + "x".repeat(600) + " ");

        assertThat(declined.result()).isEqualTo(Result.DONE);
        assertThat(declined.message()).contains("Ivan Petrov is declined");
        assertThat(volunteers.byUserId("2001").orElseThrow().statusReason()).hasSize(Approvals.MAX_REASON);
        cards.tellOwed();
        assertThat(delivery.sent)
                .singleElement()
                .satisfies(s -> assertThat(s.message().text()).contains("Reason: xxx"));
    }

    @Test
    void aCoordinatorPausesAndResumesThroughTheSameStatusChangeAndTheVolunteerIsTold() {
        volunteers.decide("2001", 1, VolunteerStatus.APPROVED, null, "Olga", "901", T);

        assertThat(desk.pause(person("950", "K"), "en", "2001").result()).isEqualTo(Result.NOT_ALLOWED);
        assertThat(desk.pause(person("901", "Olga"), "en", "2002").result()).isEqualTo(Result.NOT_APPLICABLE);
        VolunteerDesk.Outcome paused = desk.pause(person("901", "Olga"), "en", "2001");

        assertThat(paused.result()).isEqualTo(Result.DONE);
        assertThat(paused.message()).isEqualTo("Ivan Petrov is on a break: no tasks.");
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.PAUSED);
        assertThat(delivery.sent).singleElement().satisfies(s -> {
            assertThat(s.chatKey()).isEqualTo("telegram:2001");
            assertThat(s.message().text()).contains("A coordinator put your volunteering on a break", "/resume");
        });
        assertThat(desk.pause(person("902", "Petr"), "en", "2001").result()).isEqualTo(Result.ALREADY);
        // a coordinator's pause is not the volunteer's activity
        assertThat(volunteers.profile("2001").orElseThrow().lastActiveAt()).isEqualTo(T);

        // the volunteer's own /resume is the same change
        List<Reply> resumed = buttons.press(person("2001", "Ivan"), "en", "v:r");
        assertThat(((Reply.Message) resumed.get(0)).text()).startsWith("Welcome back");
        assertThat(desk.resume(person("900", "Admin"), "en", "2001").result()).isEqualTo(Result.ALREADY);

        delivery.unreachable.add("telegram:2001");
        assertThat(desk.pause(person("900", "Admin"), "en", "2001").result()).isEqualTo(Result.DONE);
        assertThat(desk.resume(person("900", "Admin"), "en", "2001").result()).isEqualTo(Result.DONE);
        assertThat(audit.entries)
                .extracting(e -> e.action())
                .containsExactly("volunteer.pause", "volunteer.pause", "volunteer.resume");
    }
}
