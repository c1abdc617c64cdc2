package org.wearetogether.broadcasts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MyDataSchema;

/** The announcements part of {@code /mydata}: what the person was sent and how it went, their opt-out, their draft. */
class MongoBroadcastExportTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final Person ANNA = new Person("telegram", "42", "42", "Anna", null);

    private MongoFixtures.InMemoryMongo mongo;
    private MongoBroadcasts broadcasts;
    private MongoLedger ledger;
    private MongoBroadcastExport export;

    @BeforeEach
    void start() {
        mongo = MongoFixtures.inMemory();
        broadcasts = new MongoBroadcasts(mongo.database());
        ledger = new MongoLedger(mongo.database());
        export = new MongoBroadcastExport(mongo.database());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void listsTheBroadcastsThePersonWasSentWithTheirTextAndOutcome() {
        broadcast(1, "Sorting food parcels at 10");
        broadcast(2, "Only for others");
        ledger.insert(new Chunk(
                1,
                0,
                0,
                List.of(
                        new Recipient("telegram:41", "Europe/Moscow", Recipient.Mark.SENT, 1, T, null),
                        new Recipient("telegram:42", "Europe/Moscow", Recipient.Mark.SENT, 1, T, null)),
                null,
                true));
        ledger.insert(new Chunk(
                2,
                0,
                0,
                List.of(new Recipient("telegram:41", "Europe/Moscow", Recipient.Mark.SENT, 1, T, null)),
                null,
                true));
        new MongoOptOuts(mongo.database()).optOut("telegram:42", T.plusSeconds(60));

        DataExport.Section russian = export.export(ANNA, "ru").orElseThrow();
        DataExport.Section english = export.export(ANNA, "en").orElseThrow();

        assertThat(russian.title()).isEqualTo("Рассылки");
        assertThat(russian.toString()).contains("Рассылка № 1", "доставлена", "Sorting food parcels at 10");
        assertThat(english.toString()).contains("Announcement No. 1", "delivered", "You opted out");
        assertThat(english.toString()).doesNotContain("Only for others", "telegram:41");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) english.data();
        assertThat((List<?>) data.get("received")).hasSize(1);
        assertThat(data.get("optedOutAt")).isEqualTo("2026-12-01T10:01:00Z");
        assertThat(MyDataSchema.sectionProblems("broadcasts", english.data())).isEmpty();
    }

    @Test
    void nothingForSomeoneNeverSentAnything() {
        assertThat(export.export(ANNA, "en")).isEmpty();
    }

    private void broadcast(long id, String text) {
        broadcasts.create(new Broadcast(
                id,
                "7",
                "Olga",
                "telegram:7",
                "en",
                Announcement.plain(text),
                Audience.volunteersOf(java.util.Set.of()),
                false,
                Broadcast.State.DONE,
                1,
                1,
                null,
                true,
                null,
                Broadcast.Report.EMPTY,
                T,
                T,
                true));
    }
}
