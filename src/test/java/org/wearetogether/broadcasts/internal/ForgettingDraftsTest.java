package org.wearetogether.broadcasts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.dialog.Person;
import org.wearetogether.testing.MongoFixtures;

class ForgettingDraftsTest {

    private static final Pseudonyms PSEUDONYMS = Pseudonyms.fromSecret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    private static final Person IVAN = new Person("telegram", "777", "777", "Ivan", null);

    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoLedger ledger = new MongoLedger(mongo.database());
    private final ForgettingDrafts forgetting =
            new ForgettingDrafts(new MongoDrafts(mongo.database()), ledger, PSEUDONYMS);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theLedgersNameTheForgottenPersonOnlyByPseudonymAndSendThemNothingMore() {
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        ledger.insert(new Chunk(
                1,
                0,
                0,
                List.of(
                        new Recipient("telegram:777", "Europe/Moscow", Recipient.Mark.SENT, 1, at, null),
                        new Recipient("telegram:778", "Europe/Moscow", Recipient.Mark.SENT, 1, at, null)),
                null,
                true));
        ledger.insert(new Chunk(2, 0, 0, List.of(Recipient.pending("telegram:777", "Europe/Moscow")), null, true));

        forgetting.forget(IVAN);

        String pseudonym = PSEUDONYMS.of("777");
        Chunk sent = ledger.load(1, 0).orElseThrow();
        assertThat(sent.recipients).extracting(r -> r.chatKey).containsExactly(pseudonym, "telegram:778");
        assertThat(sent.recipients).extracting(r -> r.mark).containsOnly(Recipient.Mark.SENT);
        assertThat(sent.version).isEqualTo(1);
        Chunk pending = ledger.load(2, 0).orElseThrow();
        assertThat(pending.recipients.get(0).chatKey).isEqualTo(pseudonym);
        assertThat(pending.recipients.get(0).mark).isEqualTo(Recipient.Mark.OPTED_OUT);
    }

    @Test
    void aVolunteerWhoLeftIsOnlyAPseudonymInTheLedgersToo() {
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        ledger.insert(new Chunk(
                3,
                0,
                0,
                List.of(new Recipient("telegram:777", "Europe/Moscow", Recipient.Mark.SENT, 1, at, null)),
                null,
                true));

        new ForgettingRecipients(ledger, PSEUDONYMS)
                .on(new org.wearetogether.volunteers.VolunteerLeft("777", "Ivan", "telegram:777"));

        assertThat(ledger.load(3, 0).orElseThrow().recipients.get(0).chatKey).isEqualTo(PSEUDONYMS.of("777"));
    }
}
