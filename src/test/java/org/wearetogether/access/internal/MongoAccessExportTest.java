package org.wearetogether.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.AccessSettings;
import org.wearetogether.access.Audit;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MyDataSchema;

/**
 * The roles part of {@code /mydata}: the person's roles and their own actions in the audit, without other people's
 * ids or the entries' free-text details.
 */
class MongoAccessExportTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final Person OLGA = new Person("telegram", "901", "901", "Olga", null);

    private MongoFixtures.InMemoryMongo mongo;
    private MongoRoles roles;
    private MongoAudit audit;
    private MongoAccessExport export;

    @BeforeEach
    void start() {
        mongo = MongoFixtures.inMemory();
        roles = new MongoRoles(mongo.database(), new AccessSettings(List.of("900")));
        audit = new MongoAudit(mongo.database());
        export = new MongoAccessExport(roles, mongo.database());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void holdsTheRolesAndOwnActionsWithoutOtherPeoplesIdsOrDetails() {
        roles.addCoordinator("901", "RU-MOW");
        audit.record(new Audit.Entry("901", "Olga", "card.take", "MOW-000001", "phone +79990001122", T));
        audit.record(new Audit.Entry("901", "Olga", "operator.add", "5555", null, T.plusSeconds(60)));
        audit.record(new Audit.Entry("900", "Admin", "coordinator.add", "901", null, T));

        DataExport.Section russian = export.export(OLGA, "ru").orElseThrow();
        DataExport.Section english = export.export(OLGA, "en").orElseThrow();

        assertThat(russian.title()).isEqualTo("Ваша роль в штабе");
        assertThat(russian.toString()).contains("Координатор регионов", "RU-MOW", "card.take MOW-000001");
        assertThat(english.toString()).contains("Coordinator of regions", "operator.add");
        assertThat(english.toString() + english.data()).doesNotContain("5555", "+79990001122", "coordinator.add");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) english.data();
        assertThat(data).containsEntry("admin", false).containsEntry("coordinatorOf", List.of("RU-MOW"));
        assertThat(MyDataSchema.sectionProblems("roles", english.data())).isEmpty();
    }

    @Test
    void nothingForSomeoneWithoutARole() {
        assertThat(export.export(new Person("telegram", "42", "42", "Anna", null), "en"))
                .isEmpty();
    }
}
