package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.person;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.Reply;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;

class SubmittingVolunteerSignupTest {

    private MongoFixtures.InMemoryMongo mongo;
    private MongoVolunteers volunteers;
    private SubmittingVolunteerSignup action;
    private final AtomicInteger nudges = new AtomicInteger();

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        volunteers = new MongoVolunteers(mongo.database());
        ProfileView view = new ProfileView(FixedRegions.of(FixedRegions.MOSCOW), new OptionNames(Map.of()));
        action = new SubmittingVolunteerSignup(
                volunteers, view, nudges::incrementAndGet, Clock.fixed(T, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static DialogAction.Submission submission(String conversationId, String age, String region) {
        Map<String, Object> answers = Map.of(
                "name", "Ivan Petrov",
                "age", age,
                "phone", "+79161234567",
                "region", region,
                "district", "Tverskoy",
                "skills", List.of("own_car", "languages"),
                "availability", List.of("weekends"),
                "hours", "4",
                "consent", "2026-11-25-volunteer");
        return new DialogAction.Submission(
                "volunteer_signup", 1, conversationId, person("2001", "Ivan"), "en", answers, T);
    }

    private static String text(DialogAction.Result result) {
        return ((Reply.Message) result.replies().get(0)).text();
    }

    @Test
    void storesAPendingProfileFromTheAnswersAndSaysWhatHappensNext() {
        DialogAction.Result result = action.run(submission("conv-1", "17", "RU-MOW"));

        Volunteer stored = volunteers.byUserId("2001").orElseThrow();
        assertThat(stored)
                .isEqualTo(new Volunteer(
                        "2001",
                        "telegram:2001",
                        "Ivan Petrov",
                        17,
                        "+79161234567",
                        "RU-MOW",
                        "Tverskoy",
                        List.of("own_car", "languages"),
                        List.of("weekends"),
                        4,
                        VolunteerStatus.PENDING,
                        null,
                        "en",
                        T,
                        T));
        assertThat(result.reference()).isEqualTo("2001");
        assertThat(text(result)).contains("sent to the coordinators of Moscow").contains("parent's consent");
        assertThat(nudges.get()).isEqualTo(1);
    }

    @Test
    void theSameSubmissionTwiceStoresOnceAndAnswersTheSame() {
        DialogAction.Result first = action.run(submission("conv-1", "30", "RU-MOW"));
        DialogAction.Result again = action.run(submission("conv-1", "30", "RU-MOW"));

        assertThat(again).isEqualTo(first);
        assertThat(text(first)).doesNotContain("parent");
        assertThat(mongo.database().getCollection("volunteers").countDocuments())
                .isEqualTo(1);
        assertThat(volunteers.profile("2001").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aSecondSignUpOfAnApprovedVolunteerIsAnEdit() {
        action.run(submission("conv-1", "30", "RU-MOW"));
        volunteers.decide("2001", 1, VolunteerStatus.APPROVED, null, "Olga", "901", T);

        DialogAction.Result edit = action.run(submission("conv-2", "31", "RU-MOW"));

        assertThat(text(edit)).contains("your profile is updated");
        Volunteer stored = volunteers.byUserId("2001").orElseThrow();
        assertThat(stored.status()).isEqualTo(VolunteerStatus.APPROVED);
        assertThat(stored.age()).isEqualTo(31);
    }
}
