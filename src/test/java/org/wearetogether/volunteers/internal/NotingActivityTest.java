package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.testing.MongoFixtures;

class NotingActivityTest {

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final MongoVolunteers volunteers = new MongoVolunteers(mongo.database()) {
        @Override
        java.util.Optional<Instant> lastActive(String userId) {
            reads.incrementAndGet();
            return super.lastActive(userId);
        }

        @Override
        boolean active(String userId, Instant at) {
            writes.incrementAndGet();
            return super.active(userId, at);
        }
    };
    private Instant now = T;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private final NotingActivity activity = new NotingActivity(volunteers, clock);

    @AfterEach
    void close() {
        mongo.close();
    }

    private Instant stored() {
        return volunteers.profile("2001").orElseThrow().lastActiveAt();
    }

    @Test
    void writesTheLastActivityAtMostOnceAnHour() {
        volunteers.signUp(volunteer("2001", "Ivan", "RU-MOW", List.of()), "c1", T);
        assertThat(stored()).isEqualTo(T); // the sign-up itself counts, without a write of its own

        now = T.plus(Duration.ofMinutes(10));
        for (int i = 0; i < 100; i++) {
            activity.noted("2001");
        }
        assertThat(writes).hasValue(0);
        assertThat(reads).hasValue(1); // then remembered: no read per message either
        assertThat(stored()).isEqualTo(T);

        now = T.plus(Duration.ofMinutes(61));
        activity.noted("2001");
        activity.noted("2001");
        assertThat(writes).hasValue(1);
        assertThat(stored()).isEqualTo(T.plus(Duration.ofMinutes(61)));

        now = T.plus(Duration.ofMinutes(120));
        activity.noted("2001");
        assertThat(writes).hasValue(1);
        now = T.plus(Duration.ofMinutes(122));
        activity.noted("2001");
        assertThat(writes).hasValue(2);
    }

    @Test
    void pauseAndResumeByTheVolunteerCountAndNobodyWithoutAProfileIsWritten() {
        volunteers.signUp(volunteer("2001", "Ivan", "RU-MOW", List.of()), "c1", T);
        volunteers.decide("2001", 1, org.wearetogether.volunteers.VolunteerStatus.APPROVED, null, "Olga", "901", T);
        Instant later = T.plus(Duration.ofHours(5));
        volunteers.changeStatus(
                "2001",
                org.wearetogether.volunteers.VolunteerStatus.APPROVED,
                org.wearetogether.volunteers.VolunteerStatus.PAUSED,
                later);
        assertThat(stored()).isEqualTo(later);

        activity.noted("nobody");
        activity.noted(null);
        assertThat(volunteers.profile("nobody")).isEmpty();
    }

    @Test
    void aStoreFailureIsLoggedAndTheActionGoesOn() {
        mongo.close();
        activity.noted("2001"); // does not throw
    }
}
