package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.person;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.volunteers.VolunteerLeft;
import org.wearetogether.volunteers.VolunteerStatus;

class SelfServiceTest {

    private MongoFixtures.InMemoryMongo mongo;
    private MongoVolunteers volunteers;
    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final MovingClock clock = new MovingClock(T);
    private SelfService self;

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        volunteers = new MongoVolunteers(mongo.database());
        ProfileView view = new ProfileView(FixedRegions.of(FixedRegions.MOSCOW), new OptionNames(Map.of()));
        self = new SelfService(volunteers, view, published::add, () -> {}, clock);
        volunteers.signUp(volunteer("2001", "Ivan Petrov", "RU-MOW", List.of()), "c1", T);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void pauseAndResumeOnlyAnApprovedProfileAndSayWhyNot() {
        assertThat(text(self.pause(person("2001", "Ivan"), "en"))).contains("once your profile is approved");
        assertThat(text(self.pause(person("3000", "Nobody"), "en"))).contains("do not have a volunteer profile");
        volunteers.decide("2001", 1, VolunteerStatus.APPROVED, null, "Olga", "901", T);

        assertThat(text(self.resume(person("2001", "Ivan"), "en"))).contains("receiving tasks already");
        assertThat(text(self.pause(person("2001", "Ivan"), "en"))).contains("you are on a break");
        assertThat(text(self.pause(person("2001", "Ivan"), "en"))).contains("on a break already");
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.PAUSED);
        assertThat(text(self.resume(person("2001", "Ivan"), "en"))).contains("Welcome back");
        assertThat(volunteers.byUserId("2001").orElseThrow().status()).isEqualTo(VolunteerStatus.APPROVED);
    }

    @Test
    void leavingDeletesTheProfileAndAnnouncesTheDepartureOnce() {
        assertThat(self.forget("2001")).isTrue();
        assertThat(self.forget("2001")).isFalse();

        assertThat(volunteers.byUserId("2001")).isEmpty();
        assertThat(published).containsExactly(new VolunteerLeft("2001", "Ivan", "telegram:2001"));
        clock.advance(Duration.ofMinutes(5));
        self.announceOwedDepartures();
        assertThat(published).hasSize(1);
    }

    @Test
    void leavingReplacesTheirIdsInTheAuditAndStopsWaitingForADeclineReasonAboutThem() {
        VolunteerFixtures.RecordingAudit audit = new VolunteerFixtures.RecordingAudit();
        MongoDeclineReasons reasons = new MongoDeclineReasons(mongo.database());
        reasons.await("901", "2001", 1, T);
        reasons.await("902", "2002", 1, T);
        org.wearetogether.chat.Pseudonyms pseudonyms =
                org.wearetogether.chat.Pseudonyms.fromSecret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        ProfileView view = new ProfileView(FixedRegions.of(FixedRegions.MOSCOW), new OptionNames(Map.of()));
        SelfService leaving = new SelfService(
                volunteers, view, published::add, () -> {}, clock, new ForgettingTraces(audit, reasons, pseudonyms));

        assertThat(((Reply.EditPressed)
                                leaving.leave(person("2001", "Ivan"), "en").get(0))
                        .text())
                .contains("an anonymous code instead of your name and Telegram id");

        String pseudonym = pseudonyms.of("2001");
        assertThat(audit.pseudonymised)
                .contains("2001 -> " + pseudonym)
                .allMatch(forgotten -> forgotten.endsWith(pseudonym));
        assertThat(reasons.awaited("901", T)).isEmpty();
        assertThat(reasons.awaited("902", T)).isPresent();
        assertThat(published).containsExactly(new VolunteerLeft("2001", "Ivan", "telegram:2001"));
    }

    @Test
    void aDepartureTheProcessDidNotAnnounceBeforeStoppingIsAnnouncedByTheSweep() {
        volunteers.forget("2001", clock.instant()); // deleted, then the process stopped before publishing

        self.announceOwedDepartures();
        assertThat(published).isEmpty(); // too fresh: the call that deleted it may still be announcing
        clock.advance(Duration.ofMinutes(2));
        self.announceOwedDepartures();
        self.announceOwedDepartures();

        assertThat(published).containsExactly(new VolunteerLeft("2001", "Ivan", "telegram:2001"));
    }

    @Test
    void aDepartureNotedWhileTheDeleteNeverHappenedIsDropped() {
        volunteers.forget("2001", clock.instant());
        volunteers.signUp(volunteer("2001", "Ivan Petrov", "RU-MOW", List.of()), "c2", T); // back again
        clock.advance(Duration.ofMinutes(2));

        self.announceOwedDepartures();

        assertThat(published).isEmpty();
        assertThat(volunteers.byUserId("2001")).isPresent();
    }

    private static String text(List<Reply> replies) {
        return ((Reply.Message) replies.get(0)).text();
    }

    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
