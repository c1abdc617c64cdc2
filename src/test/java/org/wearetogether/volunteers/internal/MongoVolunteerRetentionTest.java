package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.volunteer;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.volunteers.VolunteerStatus;

class MongoVolunteerRetentionTest {

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoVolunteers volunteers = new MongoVolunteers(mongo.database());
    private final List<RetentionRule> rules =
            new MongoVolunteerRetention(mongo.database(), volunteers, RetentionSettings.defaults()).retentionRules();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aDeclinedSignUpIsForgottenAfterTheChatsPeriodTheWayForgetMeDoesIt() {
        decided("1", VolunteerStatus.DECLINED);
        decided("2", VolunteerStatus.APPROVED);
        Instant later = T.plus(Duration.ofDays(181));

        assertThat(rule("volunteers-declined").expiry().expire(later, 10)).isEqualTo(1);

        assertThat(volunteers.byUserId("1")).isEmpty();
        assertThat(volunteers.byUserId("2"))
                .as("a volunteer is kept while volunteering")
                .isPresent();
        assertThat(volunteers.departuresOwed(later.plusSeconds(1), 10))
                .as("its departure is announced, its cards edited, as after /forget_me")
                .extracting(MongoVolunteers.Departure::userId)
                .containsExactly("1");
    }

    @Test
    void keepsADeclinedSignUpWithinThePeriod() {
        decided("1", VolunteerStatus.DECLINED);

        assertThat(rule("volunteers-declined").expiry().expire(T.plus(Duration.ofDays(179)), 10))
                .isZero();
    }

    @Test
    void aCoordinatorsWaitForADeclineReasonGoesOnceLapsed() {
        mongo.database()
                .getCollection("volunteer_reasons")
                .insertOne(new Document("_id", "901").append("until", Date.from(T.minusSeconds(1))));

        assertThat(rule("volunteer-reasons").expiry().expire(T, 10)).isEqualTo(1);
    }

    private void decided(String userId, VolunteerStatus status) {
        var p = volunteers
                .signUp(volunteer(userId, "Ivan", "RU-MOW", List.of()), "conv-" + userId, T)
                .profile();
        volunteers.decide(userId, p.round(), status, null, "Olga", "901", T);
    }

    private RetentionRule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
