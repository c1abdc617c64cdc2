package org.wearetogether.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.Audit;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.testing.MongoFixtures;

class MongoAccessRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoAudit audit = new MongoAudit(mongo.database());
    private final List<RetentionRule> rules =
            new MongoAccessRetention(mongo.database(), RetentionSettings.defaults()).retentionRules();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void deletesAuditEntriesOlderThanAYearAndKeepsTheRest() {
        audit.record(entry("take", NOW.minus(Duration.ofDays(366))));
        audit.record(entry("contacts", NOW.minus(Duration.ofDays(364))));

        assertThat(rule("audit").expiry().expire(NOW, 10)).isEqualTo(1);

        assertThat(mongo.database().getCollection("audit").find().first().getString("action"))
                .isEqualTo("contacts");
    }

    @Test
    void rolesAreKeptWhileHeld() {
        assertThat(rule("roles").collection()).isEqualTo("roles");
        assertThat(rule("roles").expiry()).isSameAs(RetentionRule.Expiry.NEVER);
    }

    private RetentionRule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static Audit.Entry entry(String action, Instant at) {
        return new Audit.Entry("501", "Olga", action, "MOW-000001", null, at);
    }
}
