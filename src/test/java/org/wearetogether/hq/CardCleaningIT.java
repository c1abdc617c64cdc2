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
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/**
 * A request is carded, re-announced, escalated, taken, its contacts shown, then done: every one of those messages, in
 * the groups and in the holder's private chat, ends as a stub without personal data.
 */
class CardCleaningIT {

    private static final long REGION_CHAT = -100;
    private static final long FEDERAL_CHAT = -300;
    /** What {@link HqFixtures#submit} files: names, phones, address, details. */
    private static final List<String> SENTINELS =
            List.of("Maria", "Ivanovna", "+7916", "Tverskaya", "flat 5", "insulin", "Anna");

    @TempDir
    Path data;

    @Test
    void whenARequestIsDoneItsCardsReannouncementEscalationAndContactsMessageAreAllEditedToAStub() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data, ADMINS, FAST)) {
            FakeTelegramUser admin = telegram.user(900, "Admin", "en");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.bind(telegram, REGION_CHAT, admin, "RU-MOW");
            HqFixtures.bind(telegram, FEDERAL_CHAT, admin, "ALL");
            String number = HqFixtures.submit(service, anna, "RU-MOW", "today");
            FakeTelegramMessage card = HqFixtures.awaitCard(telegram, REGION_CHAT, number);
            assertThat(card.text()).doesNotContain("Maria").doesNotContain("insulin");

            awaitTimers(service.database(), number);
            moveIntoThePast(service.database(), number);
            telegram.awaitMessage(REGION_CHAT, m -> m.text().contains("Still waiting"), WAIT);
            telegram.awaitMessage(FEDERAL_CHAT, m -> m.text().contains("Nobody has taken"), WAIT);

            HqFixtures.press(admin, card, "take", number);
            anna.awaitReplyContaining("accepted");
            HqFixtures.press(admin, card, "cont", number);
            telegram.awaitMessage(
                    admin.id(),
                    m -> m.text().contains("+79160000001") && m.text().contains("insulin"),
                    WAIT);
            HqFixtures.press(admin, card, "done", number);
            anna.awaitReplyContaining("Please rate");

            String stub = "Request No. " + number + " — done. Details removed.";
            awaitAllCleaned(telegram, number, stub);
            List<FakeTelegramMessage> about = about(telegram, number);
            assertThat(about).as("card, re-announcement, escalation, contacts").hasSize(4);
            assertThat(about).allSatisfy(m -> assertThat(m.text()).isEqualTo(stub));
            for (long chat : List.of(REGION_CHAT, FEDERAL_CHAT, admin.id())) {
                assertThat(telegram.messagesTo(chat))
                        .allSatisfy(
                                m -> SENTINELS.forEach(s -> assertThat(m.text()).doesNotContain(s)));
            }
            Document record = service.database()
                    .getCollection("hq_messages")
                    .find(Filters.eq("_id", number))
                    .first();
            assertThat(record.getInteger("cleaned")).isEqualTo(4);
            assertThat(record.getList("messages", Document.class))
                    .as("no chat ids kept once cleaned")
                    .isEmpty();
        }
    }

    private static List<FakeTelegramMessage> about(FakeTelegram telegram, String number) {
        return Stream.of(REGION_CHAT, FEDERAL_CHAT, 900L)
                .flatMap(chat -> telegram.messagesTo(chat).stream())
                .filter(m -> m.text().contains(number))
                .toList();
    }

    private static void awaitAllCleaned(FakeTelegram telegram, String number, String stub) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeTelegramMessage> about = about(telegram, number);
            if (about.size() == 4 && about.stream().allMatch(m -> m.text().equals(stub))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not every message about " + number + " was cleaned: " + about(telegram, number));
    }

    private static void awaitTimers(MongoDatabase database, String number) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Document timers = database.getCollection("hq_sla")
                    .find(Filters.eq("_id", number))
                    .first();
            if (timers != null && timers.get("escalateAt") != null) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no SLA timers for " + number);
    }

    private static void moveIntoThePast(MongoDatabase database, String number) {
        Date past = Date.from(Instant.now().minusSeconds(60));
        database.getCollection("hq_sla")
                .updateOne(
                        Filters.eq("_id", number),
                        Updates.combine(Updates.set("reannounceAt", past), Updates.set("escalateAt", past)));
    }
}
