package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MyDataSchema;

/** The HQ part of {@code /mydata}: the HQ chats the admin bound, nobody else's. */
class MongoHqExportTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final Person ADMIN = new Person("telegram", "900", "900", "Admin", null);

    private MongoFixtures.InMemoryMongo mongo;
    private MongoHqChats chats;
    private MongoHqExport export;

    @BeforeEach
    void start() {
        mongo = MongoFixtures.inMemory();
        chats = new MongoHqChats(mongo.database());
        export = new MongoHqExport(mongo.database());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void listsTheChatsTheAdminBoundByRegion() {
        chats.bind(new HqChat("telegram:-100", "RU-MOW", "ru"), "900", T);
        chats.bind(new HqChat("telegram:-200", "RU-SPE", "ru"), "901", T);

        DataExport.Section russian = export.export(ADMIN, "ru").orElseThrow();
        DataExport.Section english = export.export(ADMIN, "en").orElseThrow();

        assertThat(russian.entries()).extracting(DataExport.Entry::heading).containsExactly("Чат штаба RU-MOW");
        assertThat(english.title()).isEqualTo("HQ chats you bound");
        assertThat(english.toString()).doesNotContain("RU-SPE", "-100");
        assertThat(MyDataSchema.sectionProblems("hq", english.data())).isEmpty();
        assertThat(export.export(new Person("telegram", "42", "42", "Anna", null), "en"))
                .isEmpty();
    }
}
