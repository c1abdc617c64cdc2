package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.volunteer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.volunteers.VolunteerStatus;

class ApprovalCardsTest {

    private MongoFixtures.InMemoryMongo mongo;
    private MongoVolunteers volunteers;
    private final VolunteerFixtures.FakeRoles roles = new VolunteerFixtures.FakeRoles();
    private final VolunteerFixtures.RecordingDelivery delivery = new VolunteerFixtures.RecordingDelivery();
    private ApprovalCards cards;

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        volunteers = new MongoVolunteers(mongo.database());
        ProfileView view = new ProfileView(FixedRegions.of(FixedRegions.MOSCOW), new OptionNames(Map.of()));
        cards = new ApprovalCards(volunteers, roles, view, delivery, "8 800 200-34-11");
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void everyCoordinatorOfTheRegionGetsOneCardEvenWhenTheSweepRunsAgain() {
        roles.coordinator("901", "RU-MOW").coordinator("902", "RU-MOW").coordinator("950", "RU-SPE");
        volunteers.signUp(volunteer("2001", "Ivan", "RU-MOW", List.of()), "c1", T);

        cards.postOwed();
        cards.postOwed();

        assertThat(delivery.postedTo()).containsExactlyInAnyOrder("telegram:901", "telegram:902");
        assertThat(delivery.posted.get(0).message().text()).contains("Ivan");
        Profile profile = volunteers.profile("2001").orElseThrow();
        assertThat(profile.cardsOwed()).isFalse();
        assertThat(profile.cards()).hasSize(2);
    }

    @Test
    void withoutCoordinatorsTheAdminsGetTheCardAndAnUnreachableOneIsSkipped() {
        roles.admins.addAll(List.of("900", "899"));
        delivery.unreachable.add("telegram:899");
        volunteers.signUp(volunteer("2001", "Ivan", "RU-MOW", List.of()), "c1", T);

        cards.postOwed();

        assertThat(delivery.postedTo()).containsExactly("telegram:900");
        assertThat(volunteers.profile("2001").orElseThrow().cardsOwed()).isFalse();
    }

    @Test
    void aDecisionIsToldOnceAndTheOtherCardsShowWhoDecided() {
        roles.coordinator("901", "RU-MOW").coordinator("902", "RU-MOW");
        volunteers.signUp(volunteer("2001", "Ivan", "RU-MOW", List.of()), "c1", T);
        cards.postOwed();
        volunteers.decide("2001", 1, VolunteerStatus.DECLINED, "No tasks nearby", "Olga", "901", T);

        cards.tellOwed();
        cards.tellOwed();

        assertThat(delivery.sent).singleElement().satisfies(s -> {
            assertThat(s.chatKey()).isEqualTo("telegram:2001");
            assertThat(s.message().text()).contains("not approved").contains("Reason: No tasks nearby");
        });
        assertThat(delivery.edited)
                .extracting(VolunteerFixtures.RecordingDelivery.Posted::chatKey)
                .containsExactlyInAnyOrder("telegram:901", "telegram:902");
        assertThat(delivery.edited.get(0).message().text()).contains("Declined: Olga");
    }

    @Test
    void cardsOfADeletedProfileLoseTheirPersonalData() {
        roles.coordinator("901", "RU-MOW");
        volunteers.signUp(volunteer("2001", "Ivan", "RU-MOW", List.of()), "c1", T);
        cards.postOwed();

        volunteers.forget("2001", T);
        cards.scrubStale();
        cards.scrubStale();

        assertThat(delivery.edited).singleElement().satisfies(e -> {
            assertThat(e.chatKey()).isEqualTo("telegram:901");
            assertThat(e.message().text()).contains("deleted their profile").doesNotContain("Ivan");
        });
    }
}
