package org.wearetogether.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.hq.HqFixtures.ADMINS;
import static org.wearetogether.hq.HqFixtures.FAST;
import static org.wearetogether.hq.HqFixtures.WAIT;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** SLA timers are stored: due during downtime, they fire once after the restart. */
class HqSlaIT {

    private static final long REGION_CHAT = -100;
    private static final long FEDERAL_CHAT = -300;

    @TempDir
    Path data;

    @Test
    void anUntakenRequestIsReannouncedAndEscalatedOnceAfterARestartAndAStaleOneRemindsItsHolder() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            String number;
            try (RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
                HqFixtures.bind(telegram, REGION_CHAT, admin, "RU-MOW");
                HqFixtures.bind(telegram, FEDERAL_CHAT, admin, "ALL");
                number = HqFixtures.submit(service, anna, "RU-MOW", "today");
                HqFixtures.awaitCard(telegram, REGION_CHAT, number);
                awaitTimers(service.database(), number);
                moveIntoThePast(service.database(), number, "reannounceAt", "escalateAt");
            } // stopped before the next sweep could see them due... or not: either way each fires once
            try (RunningService restarted = RunningService.start(telegram, data, ADMINS, FAST)) {
                telegram.awaitMessage(REGION_CHAT, m -> m.text().contains("Still waiting"), WAIT);
                FakeTelegramMessage escalated =
                        telegram.awaitMessage(FEDERAL_CHAT, m -> m.text().contains("Nobody has taken"), WAIT);
                assertThat(escalated.text()).contains(number);
                Thread.sleep(1_000); // five more sweeps: none may fire again
                assertThat(count(telegram, REGION_CHAT, "Still waiting")).isEqualTo(1);
                assertThat(count(telegram, FEDERAL_CHAT, "Nobody has taken")).isEqualTo(1);

                HqFixtures.press(admin, escalated, "take", number);
                anna.awaitReplyContaining("accepted");
                awaitField(restarted.database(), number, "remindAt");
                moveIntoThePast(restarted.database(), number, "remindAt");
                telegram.awaitMessage(admin.id(), m -> m.text().contains("Reminder: request No. " + number), WAIT);
                Thread.sleep(600);
                assertThat(count(telegram, admin.id(), "Reminder")).isEqualTo(1);
            }
        }
    }

    private static long count(FakeTelegram telegram, long chatId, String text) {
        return telegram.messagesTo(chatId).stream()
                .filter(m -> m.text().contains(text))
                .count();
    }

    private static void awaitTimers(MongoDatabase database, String number) throws InterruptedException {
        awaitField(database, number, "escalateAt");
    }

    private static void awaitField(MongoDatabase database, String number, String field) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Document timers = database.getCollection("hq_sla")
                    .find(Filters.eq("_id", number))
                    .first();
            if (timers != null && timers.get(field) != null) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + field + " for " + number);
    }

    private static void moveIntoThePast(MongoDatabase database, String number, String... fields) {
        Date past = Date.from(Instant.now().minusSeconds(60));
        for (String field : fields) {
            database.getCollection("hq_sla").updateOne(Filters.eq("_id", number), Updates.set(field, past));
        }
    }
}
