package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MyDataSchema;

/** The CRM part of {@code /mydata}: the keys the admin created or revoked, never a key's id, token or hash. */
class MongoCrmExportTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final Person ADMIN = new Person("telegram", "900", "900", "Admin", null);

    private MongoFixtures.InMemoryMongo mongo;
    private ApiKeys keys;
    private MongoCrmExport export;

    @BeforeEach
    void start() {
        mongo = MongoFixtures.inMemory();
        keys = new ApiKeys(new MongoApiKeys(mongo.database()), Duration.ofDays(365), Clock.fixed(T, ZoneOffset.UTC));
        export = new MongoCrmExport(mongo.database());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void listsTheAdminsKeysByRegionWithoutTheirSecrets() {
        ApiKeys.Issued mine = keys.issue("RU-MOW", "900");
        ApiKeys.Issued theirs = keys.issue("RU-SPE", "901");

        DataExport.Section english = export.export(ADMIN, "en").orElseThrow();
        DataExport.Section russian = export.export(ADMIN, "ru").orElseThrow();

        assertThat(english.entries()).extracting(DataExport.Entry::heading).containsExactly("Key of RU-MOW");
        assertThat(russian.title()).isEqualTo("Ключи CRM API, которые вы создали");
        String all = english.toString() + english.data() + russian;
        assertThat(all)
                .contains("2027-12-01")
                .doesNotContain(
                        mine.token(),
                        mine.key().id(),
                        mine.key().secretHash(),
                        "RU-SPE",
                        theirs.key().id());
        assertThat(MyDataSchema.sectionProblems("crm", english.data())).isEmpty();
        assertThat(export.export(new Person("telegram", "42", "42", "Anna", null), "en"))
                .isEmpty();
    }
}
