package org.wearetogether.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.faults.StandbyTakeoverIT.Instance;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.MongoFixtures;

/**
 * Two instances (child JVMs) share one store and one bot; an admin sends a broadcast to 300 volunteers, and once some
 * but not all have it, the instance holding the lease (the one sending) gets {@code kill -9}. The standby takes the
 * lease, reads the per-recipient ledger and finishes: every volunteer gets the announcement, and no more of them get
 * it twice than one batch ({@code together.broadcasts.batch}), the messages that were "in flight" at the kill, which
 * the new sender cannot tell from unsent ones and so sends again once their mark is older than
 * {@code in-flight-timeout}. Prints how many got it twice and how long the kill delayed the end.
 */
class BroadcastTakeoverIT {

    private static final int VOLUNTEERS = 300;
    private static final long FIRST_VOLUNTEER = 10_000;
    private static final long ADMIN = 900;
    private static final int BATCH = 10;
    private static final int RATE = 30;
    private static final String POST = "Food sorting tomorrow at 10:00, Tverskaya 1";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    @Test
    void killingTheSendingInstanceMidBroadcastReachesEveryoneAndRepeatsAtMostOneBatch() throws Exception {
        Path log = Path.of("target", "broadcast-takeover.log"); // kept for a look after a failure
        Files.deleteIfExists(log);
        try (var store = MongoFixtures.inMemory();
                FakeTelegram telegram = FakeTelegram.start()) {
            seedApprovedVolunteers(store);
            String uri =
                    "mongodb://127.0.0.1:" + store.server().getLocalAddress().getPort() + "/together";
            List<String> settings = List.of(
                    "--together.access.admins=" + ADMIN,
                    "--together.broadcasts.rate=" + RATE,
                    "--together.broadcasts.batch=" + BATCH,
                    "--together.broadcasts.in-flight-timeout=2s",
                    "--together.broadcasts.progress-every=1s",
                    "--together.broadcasts.refresh-every=200ms",
                    // no quiet hours: the test must not depend on the time of day in Moscow
                    "--together.broadcasts.quiet-from=00:00",
                    "--together.broadcasts.quiet-until=00:00");
            Instance a = Instance.start("a", telegram, uri, folder, log, settings);
            Instance b = Instance.start("b", telegram, uri, folder, log, settings);
            try {
                Instance leader = StandbyTakeoverIT.awaitOneLeaderAndOneStandby(a, b, log);
                Instance standby = leader == a ? b : a;

                long no = sendBroadcast(telegram);
                // half-way through a batch, so that the kill most likely leaves messages sent but not marked sent
                int killAfter = VOLUNTEERS / 3 + BATCH / 2;
                await(() -> deliveries(telegram).size() >= killAfter, killAfter + " delivered", log);
                long killedAt = System.nanoTime();
                leader.process().kill();
                long deadAt = System.nanoTime();
                int beforeKill = deliveries(telegram).size();
                System.out.println("[faults] killed the sending instance (" + leader.name() + ") after " + beforeKill
                        + " deliveries of " + VOLUNTEERS);
                assertThat(beforeKill).as("the kill came mid-broadcast").isLessThan(VOLUNTEERS);

                String done = "Broadcast #" + no + " is done";
                telegram.awaitMessage(ADMIN, m -> m.text().startsWith(done), WAIT);
                // the final report edits the progress message, then is posted too: the first of those counts
                FakeTelegramCall report = telegram.calls().stream()
                        .filter(c -> c.status() == 200
                                && String.valueOf(c.param("text")).startsWith(done))
                        .min(Comparator.comparingLong(FakeTelegramCall::answeredAtNanos))
                        .orElseThrow();

                Map<Long, Integer> received = countByChat(deliveries(telegram));
                List<Long> twice = received.entrySet().stream()
                        .filter(e -> e.getValue() > 1)
                        .map(Map.Entry::getKey)
                        .toList();
                List<Long> lastBeforeKill = lastFirstDeliveriesBefore(deliveries(telegram), deadAt);
                long firstAfterKill = deliveries(telegram).stream()
                        .mapToLong(FakeTelegramCall::answeredAtNanos)
                        .filter(at -> at > deadAt)
                        .min()
                        .orElseThrow();
                System.out.printf(
                        "[faults] kill -9 mid-broadcast: %d of %d volunteers got it, %d twice (batch %d); first "
                                + "delivery from the standby %d ms after the kill, broadcast done %d ms after it%n",
                        received.size(),
                        VOLUNTEERS,
                        twice.size(),
                        BATCH,
                        TimeUnit.NANOSECONDS.toMillis(firstAfterKill - killedAt),
                        TimeUnit.NANOSECONDS.toMillis(report.answeredAtNanos() - killedAt));

                assertThat(received.keySet())
                        .as("volunteers who got the announcement")
                        .hasSize(VOLUNTEERS)
                        .allSatisfy(id -> assertThat(id).isBetween(FIRST_VOLUNTEER, FIRST_VOLUNTEER + VOLUNTEERS - 1));
                assertThat(twice)
                        .as("volunteers who got it twice: only some of the last batch sent before the kill")
                        .hasSizeLessThanOrEqualTo(BATCH)
                        .isSubsetOf(lastBeforeKill);
                if (!twice.isEmpty()) {
                    // the ledger is in user-id order and nothing failed, so one batch is consecutive ids
                    assertThat(Collections.max(twice) - Collections.min(twice))
                            .as("the repeated ones are of one batch: " + twice)
                            .isLessThan(BATCH);
                }
                assertThat(received.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
                assertThat(String.valueOf(report.param("text")))
                        .contains("sent " + VOLUNTEERS + " of " + VOLUNTEERS, "failed 0");
                assertThat(standby.telegramRole()).isEqualTo("leader");
            } finally {
                a.process().close();
                b.process().close();
            }
        }
    }

    /** Approved volunteers in Moscow, written as {@code MongoVolunteers} reads them (see its javadoc). */
    private static void seedApprovedVolunteers(MongoFixtures.InMemoryMongo store) {
        Date now = new Date();
        List<Document> volunteers = new ArrayList<>();
        for (long id = FIRST_VOLUNTEER; id < FIRST_VOLUNTEER + VOLUNTEERS; id++) {
            volunteers.add(new Document("_id", String.valueOf(id))
                    .append("chatKey", "telegram:" + id)
                    .append("name", "Volunteer " + id)
                    .append("nameLower", "volunteer " + id)
                    .append("age", 30)
                    .append("phone", "+79990000000")
                    .append("region", "RU-MOW")
                    .append("district", "Tverskoy")
                    .append("skills", List.of("own_car"))
                    .append("availability", List.of("weekends"))
                    .append("hours", 4)
                    .append("status", "APPROVED")
                    .append("language", "ru")
                    .append("createdAt", now)
                    .append("updatedAt", now)
                    .append("v", 1)
                    .append("round", 1));
        }
        store.database().getCollection("volunteers").insertMany(volunteers);
    }

    /** /broadcast, the post, Send (through the fake Bot API, so the leader handles it); the broadcast's number. */
    private static long sendBroadcast(FakeTelegram telegram) {
        FakeTelegramUser admin = telegram.user(ADMIN, "Ivan", "en");
        admin.sendCommand("broadcast");
        admin.awaitReply(m -> m.text().contains("Please send the text"), WAIT);
        admin.sendText(POST);
        FakeTelegramMessage audience = admin.awaitReply(m -> m.text().contains(VOLUNTEERS + " will receive it"), WAIT);
        long no = Long.parseLong(audience.text()
                .substring("Broadcast #".length(), audience.text().indexOf('.')));
        admin.pressData(audience, "b:ok:" + no);
        telegram.awaitMessage(ADMIN, m -> m.text().startsWith("Broadcast #" + no + " confirmed"), WAIT);
        return no;
    }

    /** The announcements the fake accepted, in order. */
    private static List<FakeTelegramCall> deliveries(FakeTelegram telegram) {
        return telegram.calls("sendMessage").stream()
                .filter(c -> c.status() == 200 && POST.equals(c.param("text")))
                .toList();
    }

    /**
     * The last {@link #BATCH} volunteers reached for the first time before the killed instance died, and the one
     * after them (a message the fake had taken just as the process died is answered a moment after).
     */
    private static List<Long> lastFirstDeliveriesBefore(List<FakeTelegramCall> deliveries, long deadAt) {
        List<Long> firstTime = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int beforeDeath = 0;
        for (FakeTelegramCall c : deliveries) {
            long chat = Long.parseLong(c.param("chat_id"));
            if (seen.add(chat)) {
                firstTime.add(chat);
                if (c.answeredAtNanos() < deadAt) {
                    beforeDeath = firstTime.size();
                }
            }
        }
        return firstTime.subList(Math.max(0, beforeDeath - BATCH), Math.min(firstTime.size(), beforeDeath + 1));
    }

    private static Map<Long, Integer> countByChat(List<FakeTelegramCall> calls) {
        Map<Long, Integer> counts = new HashMap<>();
        calls.forEach(c -> counts.merge(Long.parseLong(c.param("chat_id")), 1, Integer::sum));
        return counts;
    }

    private static void await(BooleanSupplier condition, String what, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what + "; see " + log);
            }
            Thread.sleep(10);
        }
    }
}
