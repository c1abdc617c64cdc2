package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.testing.MongoFixtures;

class MongoSlaTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private MongoFixtures.InMemoryMongo mongo;
    private MongoSla sla;

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        sla = new MongoSla(mongo.database());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void aDueTimerIsClaimedOnceAndAReleasedOneIsDueAgain() {
        sla.armOnce("MOW-000001", T.plusSeconds(60), T.plusSeconds(7200));
        assertThat(sla.due(MongoSla.Kind.REANNOUNCE, T, 10)).isEmpty();

        List<MongoSla.Due> due = sla.due(MongoSla.Kind.REANNOUNCE, T.plusSeconds(61), 10);
        assertThat(due).hasSize(1);
        assertThat(sla.claim(due.get(0))).isTrue();
        assertThat(sla.claim(due.get(0))).isFalse();
        assertThat(sla.due(MongoSla.Kind.REANNOUNCE, T.plusSeconds(61), 10)).isEmpty();

        sla.release(due.get(0));
        assertThat(sla.due(MongoSla.Kind.REANNOUNCE, T.plusSeconds(61), 10)).hasSize(1);
    }

    @Test
    void armingOnceKeepsTheFirstTimesAndArmingReplacesThem() {
        sla.armOnce("MOW-000001", T, T.plusSeconds(7200));
        sla.armOnce("MOW-000001", T.plusSeconds(999), T.plusSeconds(9999));
        assertThat(sla.due(MongoSla.Kind.REANNOUNCE, T, 10))
                .extracting(MongoSla.Due::at)
                .containsExactly(T);

        sla.arm("MOW-000001", null, null, T.plusSeconds(10));
        assertThat(sla.due(MongoSla.Kind.REANNOUNCE, T.plusSeconds(99_999), 10)).isEmpty();
        assertThat(sla.due(MongoSla.Kind.REMIND, T.plusSeconds(10), 10)).hasSize(1);
    }
}
