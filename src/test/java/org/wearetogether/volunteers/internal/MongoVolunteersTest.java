package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.volunteer;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;
import org.wearetogether.volunteers.Volunteers.Audience;

class MongoVolunteersTest {

    private MongoFixtures.InMemoryMongo mongo;
    private MongoVolunteers volunteers;

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        volunteers = new MongoVolunteers(mongo.database());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void approved(String userId, String name, String region, List<String> skills) {
        Profile p = volunteers
                .signUp(volunteer(userId, name, region, skills), "conv-" + userId, T)
                .profile();
        volunteers.decide(userId, p.round(), VolunteerStatus.APPROVED, null, "Olga", "901", T);
    }

    @Test
    void aNewSignUpIsPendingWithCardsOwedAndTheSameConversationChangesNothing() {
        var first = volunteers.signUp(volunteer("1", "Ivan", "RU-MOW", List.of()), "c1", T);
        var again = volunteers.signUp(volunteer("1", "Someone Else", "RU-SPE", List.of()), "c1", T.plusSeconds(9));

        assertThat(first.kind()).isEqualTo(MongoVolunteers.SignUpKind.CREATED);
        assertThat(first.profile().volunteer().status()).isEqualTo(VolunteerStatus.PENDING);
        assertThat(first.profile().cardsOwed()).isTrue();
        assertThat(again.kind()).isEqualTo(MongoVolunteers.SignUpKind.REPLAYED);
        assertThat(volunteers.byUserId("1").orElseThrow().name()).isEqualTo("Ivan");
        assertThat(mongo.database().getCollection("volunteers").countDocuments())
                .isEqualTo(1);
    }

    @Test
    void anEditOfAnApprovedProfileKeepsItApprovedUnlessTheRegionChanges() {
        approved("1", "Ivan", "RU-MOW", List.of());

        var sameRegion = volunteers.signUp(volunteer("1", "Ivan Petrov", "RU-MOW", List.of("own_car")), "c2", T);
        assertThat(sameRegion.kind()).isEqualTo(MongoVolunteers.SignUpKind.EDITED);
        assertThat(sameRegion.profile().volunteer().status()).isEqualTo(VolunteerStatus.APPROVED);
        assertThat(sameRegion.profile().volunteer().skills()).containsExactly("own_car");
        assertThat(sameRegion.profile().round()).isEqualTo(1);

        var moved = volunteers.signUp(volunteer("1", "Ivan Petrov", "RU-SPE", List.of()), "c3", T);
        assertThat(moved.kind()).isEqualTo(MongoVolunteers.SignUpKind.SENT_AGAIN);
        assertThat(moved.profile().volunteer().status()).isEqualTo(VolunteerStatus.PENDING);
        assertThat(moved.profile().round()).isEqualTo(2);
        assertThat(moved.profile().cardsOwed()).isTrue();
        assertThat(moved.profile().volunteer().createdAt()).isEqualTo(T);
    }

    @Test
    void availableListsApprovedVolunteersOfTheRegionByNameAndSearchesCaseInsensitively() {
        approved("1", "Boris", "RU-MOW", List.of());
        approved("2", "anna", "RU-MOW", List.of());
        approved("3", "Anton", "RU-SPE", List.of());
        approved("4", "Alla", "RU-MOW", List.of());
        volunteers.changeStatus("4", VolunteerStatus.APPROVED, VolunteerStatus.PAUSED, T);
        volunteers.signUp(volunteer("5", "Andrei", "RU-MOW", List.of()), "c5", T); // pending

        assertThat(volunteers.available("RU-MOW", null, 0, 10))
                .extracting(Volunteer::name)
                .containsExactly("anna", "Boris");
        assertThat(volunteers.available("RU-MOW", "AN", 0, 10))
                .extracting(Volunteer::name)
                .containsExactly("anna");
        assertThat(volunteers.available("RU-MOW", " ", 1, 10))
                .extracting(Volunteer::name)
                .containsExactly("Boris");
        assertThat(volunteers.available("RU-MOW", "a.*", 0, 10)).isEmpty(); // typed text is no pattern
    }

    @Test
    void pagesWalkTheAudienceByIdAndCountMatches() {
        approved("10", "A", "RU-MOW", List.of("own_car"));
        approved("11", "B", "RU-MOW", List.of("medical"));
        approved("12", "C", "RU-SPE", List.of("own_car", "medical"));
        approved("13", "D", "RU-MOW", List.of());
        volunteers.changeStatus("13", VolunteerStatus.APPROVED, VolunteerStatus.PAUSED, T);
        volunteers.signUp(volunteer("14", "E", "RU-MOW", List.of("own_car")), "c14", T);

        Audience everyone = new Audience(Set.of(), Set.of(), Set.of());
        assertThat(volunteers.count(everyone)).isEqualTo(3);
        assertThat(volunteers.page(everyone, null, 2))
                .extracting(Volunteer::userId)
                .containsExactly("10", "11");
        assertThat(volunteers.page(everyone, "11", 2))
                .extracting(Volunteer::userId)
                .containsExactly("12");
        assertThat(volunteers.page(everyone, "12", 2)).isEmpty();

        Audience carsInMoscow = new Audience(Set.of("RU-MOW"), Set.of("own_car", "languages"), Set.of());
        assertThat(volunteers.page(carsInMoscow, null, 10))
                .extracting(Volunteer::userId)
                .containsExactly("10");
        assertThat(volunteers.count(carsInMoscow)).isEqualTo(1);

        Audience pausedOrPending =
                new Audience(Set.of(), Set.of(), Set.of(VolunteerStatus.PAUSED, VolunteerStatus.PENDING));
        assertThat(volunteers.page(pausedOrPending, null, 10))
                .extracting(Volunteer::userId)
                .containsExactly("13", "14");
    }

    @Test
    void twoDecisionsAtOnceMakeOneAndAnOldRoundDecidesNothing() throws Exception {
        volunteers.signUp(volunteer("1", "Ivan", "RU-MOW", List.of()), "c1", T);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Callable<Boolean>> deciders = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                VolunteerStatus to = i % 2 == 0 ? VolunteerStatus.APPROVED : VolunteerStatus.DECLINED;
                String who = "c" + i;
                deciders.add(() -> {
                    go.await();
                    return volunteers.decide("1", 1, to, null, who, who, T).isPresent();
                });
            }
            List<Future<Boolean>> results = deciders.stream().map(pool::submit).toList();
            go.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Profile decided = volunteers.profile("1").orElseThrow();
        assertThat(decided.noticeOwed()).isTrue();
        assertThat(decided.version()).isEqualTo(2);

        volunteers.signUp(volunteer("2", "Maria", "RU-MOW", List.of()), "c2", T);
        volunteers.signUp(volunteer("2", "Maria", "RU-SPE", List.of()), "c3", T); // round 2
        assertThat(volunteers.decide("2", 1, VolunteerStatus.APPROVED, null, "x", "x", T))
                .isEmpty();
        assertThat(volunteers.byUserId("2").orElseThrow().status()).isEqualTo(VolunteerStatus.PENDING);
    }

    @Test
    void forgettingDeletesTheProfileAndLeavesItsCardsToBeScrubbed() {
        volunteers.signUp(volunteer("1", "Ivan", "RU-MOW", List.of()), "c1", T);
        assertThat(volunteers.recordCard("1", 1, new Profile.CardRef("telegram:901", "55")))
                .isTrue();

        assertThat(volunteers.forget("1", T)).map(Volunteer::name).contains("Ivan");
        assertThat(volunteers.forget("1", T)).isEmpty();
        assertThat(volunteers.byUserId("1")).isEmpty();
        assertThat(volunteers.staleCards(10)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(MongoVolunteers.StaleKind.GONE);
            assertThat(s.cards()).containsExactly(new Profile.CardRef("telegram:901", "55"));
        });
        assertThat(volunteers.recordCard("1", 1, new Profile.CardRef("telegram:902", "56")))
                .isFalse();
    }

    @Test
    void cardsOfAProfileForgottenTwiceBeforeTheSweepAreAllKept() {
        volunteers.signUp(volunteer("1", "Ivan", "RU-MOW", List.of()), "c1", T);
        volunteers.recordCard("1", 1, new Profile.CardRef("telegram:901", "55"));
        volunteers.forget("1", T);
        volunteers.signUp(volunteer("1", "Ivan", "RU-MOW", List.of()), "c2", T);
        volunteers.recordCard("1", 1, new Profile.CardRef("telegram:901", "77"));

        volunteers.forget("1", T);

        assertThat(volunteers.staleCards(10))
                .singleElement()
                .satisfies(s -> assertThat(s.cards())
                        .containsExactlyInAnyOrder(
                                new Profile.CardRef("telegram:901", "55"), new Profile.CardRef("telegram:901", "77")));
    }
}
