package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.person;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.volunteer;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.volunteers.VolunteerStatus;

class ApprovalsTest {

    private MongoFixtures.InMemoryMongo mongo;
    private MongoVolunteers volunteers;
    private MongoDeclineReasons waits;
    private final VolunteerFixtures.FakeRoles roles =
            new VolunteerFixtures.FakeRoles().coordinator("901", "RU-MOW").coordinator("902", "RU-MOW");
    private final VolunteerFixtures.RecordingAudit audit = new VolunteerFixtures.RecordingAudit();
    private final AtomicInteger nudges = new AtomicInteger();
    private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);
    private Approvals approvals;
    private VolunteerButtons buttons;
    private DeclineReasons reasons;

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        volunteers = new MongoVolunteers(mongo.database());
        waits = new MongoDeclineReasons(mongo.database());
        roles.coordinator("950", "RU-SPE");
        ProfileView view = new ProfileView(FixedRegions.of(FixedRegions.MOSCOW), new OptionNames(Map.of()));
        approvals = new Approvals(volunteers, waits, roles, audit, view, nudges::incrementAndGet, clock);
        SelfService self = new SelfService(volunteers, view, e -> {}, nudges::incrementAndGet, clock);
        buttons = new VolunteerButtons(approvals, self);
        reasons = new DeclineReasons(waits, approvals, clock);
        volunteers.signUp(volunteer("2001", "Ivan", "RU-MOW", List.of()), "c1", T);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private List<Reply> press(String userId, String data) {
        return buttons.press(person(userId, "P" + userId), "en", data);
    }

    private static String firstText(List<Reply> replies) {
        Reply first = replies.get(0);
        return first instanceof Reply.Notice n ? n.text() : ((Reply.Message) first).text();
    }

    @Test
    void aCoordinatorOfTheRegionApprovesAndTheCardShowsWhoDecided() {
        List<Reply> replies = press("901", "v:a:2001:1");

        assertThat(firstText(replies)).contains("Ivan is approved");
        assertThat(replies.get(1))
                .isInstanceOfSatisfying(
                        Reply.EditPressed.class, e -> assertThat(e.text()).contains("Approved: P901"));
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.APPROVED);
        assertThat(audit.entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("volunteer.approve");
            assertThat(e.actorId()).isEqualTo("901");
            assertThat(e.subject()).isEqualTo("2001");
        });
        assertThat(nudges.get()).isEqualTo(1);
    }

    @Test
    void strangersCoordinatorsOfOtherRegionsAndForgedDataChangeNothing() {
        assertThat(firstText(press("903", "v:a:2001:1"))).contains("only the region's coordinators");
        assertThat(firstText(press("950", "v:a:2001:1"))).contains("only the region's coordinators");
        assertThat(firstText(press("950", "v:d:2001:1"))).contains("only the region's coordinators");
        assertThat(firstText(press("950", "v:n:2001:1"))).contains("only the region's coordinators");
        assertThat(firstText(press("901", "v:a:2001:7"))).contains("out of date");
        assertThat(firstText(press("901", "v:a:9999:1"))).contains("no longer active");
        assertThat(firstText(press("901", "v:x:2001:1"))).contains("no longer active");
        assertThat(firstText(press("901", "v:a:2001:1:extra"))).contains("no longer active");
        assertThat(firstText(press("901", "v:a:20 01:1"))).contains("no longer active");

        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.PENDING);
        assertThat(audit.entries).isEmpty();
        assertThat(waits.awaited("950", T)).isEmpty();
    }

    @Test
    void aSecondDecisionAndAReplayedPressChangeNothing() {
        press("901", "v:a:2001:1");

        assertThat(firstText(press("902", "v:n:2001:1"))).contains("decided already (P901)");
        assertThat(firstText(press("901", "v:a:2001:1"))).contains("decided already");
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.APPROVED);
        assertThat(audit.entries).hasSize(1);
    }

    @Test
    void declineAsksForAReasonAndTheNextMessageOfThatCoordinatorIsIt() {
        List<Reply> asked = press("901", "v:d:2001:1");
        assertThat(firstText(asked)).contains("Why is Ivan's profile declined?");
        assertThat(((Reply.Message) asked.get(0)).keyboard())
                .isEqualTo(new Reply.Keyboard.Inline(
                        List.of(List.of(new Reply.Button("Decline without a reason", "v:n:2001:1")))));

        assertThat(reasons.heard(person("902", "Petr"), "en", "not me")).isEmpty(); // another coordinator's text
        assertThat(reasons.heard(person("901", "Olga"), "en", "/help")).isEmpty();
        Optional<List<Reply>> heard = reasons.heard(person("901", "Olga"), "en", "  No tasks nearby yet ");

        assertThat(heard).isPresent();
        assertThat(firstText(heard.get())).contains("Ivan is declined");
        var declined = volunteers.byUserId("2001").orElseThrow();
        assertThat(declined.status()).isEqualTo(VolunteerStatus.DECLINED);
        assertThat(declined.statusReason()).isEqualTo("No tasks nearby yet");
        assertThat(reasons.heard(person("901", "Olga"), "en", "more text")).isEmpty();
        assertThat(audit.entries)
                .singleElement()
                .satisfies(e -> assertThat(e.details()).contains("No tasks nearby yet"));
    }

    @Test
    void aReasonTypedAfterSomeoneElseDecidedChangesNothing() {
        press("901", "v:d:2001:1");
        press("902", "v:a:2001:1");

        Optional<List<Reply>> heard = reasons.heard(person("901", "Olga"), "en", "too late");

        assertThat(firstText(heard.orElseThrow())).contains("decided already");
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.APPROVED);
    }

    @Test
    void approvingAfterPressingDeclineStopsWaitingForAReason() {
        press("901", "v:d:2001:1");
        press("901", "v:a:2001:1");

        assertThat(reasons.heard(person("901", "Olga"), "en", "an unrelated message"))
                .isEmpty();
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.APPROVED);
    }

    @Test
    void anAdminMayDecideForAnyRegion() {
        roles.admins.add("900");

        press("900", "v:n:2001:1");

        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.DECLINED);
    }
}
