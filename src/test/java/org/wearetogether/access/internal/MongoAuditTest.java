package org.wearetogether.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.Audit;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;

class MongoAuditTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");
    private static final Pseudonyms PSEUDONYMS = Pseudonyms.fromSecret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoAudit audit = new MongoAudit(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void forgettingSomeoneReplacesTheirIdsWithThePseudonymAndDropsFreeTextAboutThem() {
        audit.record(new Audit.Entry("777", "Ivan", "task.accept", "MOW-000001", null, AT));
        audit.record(new Audit.Entry("501", "Olga", "volunteer.decline", "777", "RU-MOW: пьёт, не звонить", AT));
        audit.record(new Audit.Entry("system", "system", "task.expire", "MOW-000002", "777", AT));
        audit.record(new Audit.Entry("501", "Olga", "card.take", "MOW-000003", "telegram:777", AT));
        audit.record(new Audit.Entry("501", "Olga", "card.take", "MOW-000004", null, AT));

        new ForgettingInAudit(audit, PSEUDONYMS).forget(new Person("telegram", "777", "777", "Ivan", "ivan"));

        String pseudonym = PSEUDONYMS.of("777");
        String all = mongo.database()
                .getCollection("audit")
                .find()
                .into(new java.util.ArrayList<>())
                .toString();
        assertThat(all).doesNotContain("777", "Ivan", "пьёт");
        assertThat(audit.about("MOW-000001", 10)).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(pseudonym);
            assertThat(e.actorName()).isEqualTo(pseudonym);
        });
        assertThat(audit.about(pseudonym, 10)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("volunteer.decline");
            assertThat(e.actorId()).isEqualTo("501");
            assertThat(e.details()).isNull();
        });
        assertThat(audit.about("MOW-000002", 10).get(0).details()).isEqualTo(pseudonym);
        assertThat(audit.about("MOW-000003", 10).get(0).details()).isEqualTo(pseudonym);
        assertThat(audit.about("MOW-000004", 10).get(0).actorId()).isEqualTo("501");
    }
}
