package org.wearetogether.broadcasts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.broadcasts.BroadcastSettings;
import org.wearetogether.broadcasts.internal.BroadcastFakes.Call;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.testing.FixedRegions;

class SendingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SendingHarness h = new SendingHarness(SendingHarness.NOON_IN_MOSCOW);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void deliversOnceToEachOfAThousandWithoutExceedingTheRate() throws Exception {
        h.volunteers(1000, "RU-MOW");
        long id = h.confirmToAll();
        long start = System.nanoTime();

        h.started(SendingHarness.settings(250));
        Broadcast done = h.await(id, Broadcast.State.DONE, WAIT);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(h.channel.deliveredTo()).hasSize(1000).doesNotHaveDuplicates();
        assertThat(done.report()).isEqualTo(new Broadcast.Report(1000, 1000, 0, 0, 0, 0, 0));
        assertNoSecondHoldsMoreThan(h.channel.calls, 250);
        // 1,000 at 250/s take 4 s; the ledger, the store and the progress messages cost little beside it
        assertThat(seconds).isLessThan(6.0);
        assertThat(h.channel.posts).hasSize(2);
        assertThat(h.channel.posts.get(1)).startsWith("Broadcast #" + id + " is done: sent 1000 of 1000");
    }

    @Test
    void aThrottledAnswerPausesAllSendingForItsRetryAfter() throws Exception {
        h.volunteers(60, "RU-MOW");
        long first = h.confirmToAll();
        long second = h.confirmToAll();
        h.channel.byCallNumber = n -> n == 20 ? new ChannelSender.Throttled(Duration.ofSeconds(1)) : null;

        h.started(SendingHarness.settings(200));
        h.await(first, Broadcast.State.DONE, WAIT);
        h.await(second, Broadcast.State.DONE, WAIT);

        List<Call> calls = h.channel.calls;
        Call throttled = calls.get(19);
        assertThat(throttled.result()).isInstanceOf(ChannelSender.Throttled.class);
        assertThat(calls.get(20).nanos() - throttled.nanos()).isGreaterThanOrEqualTo(990_000_000L);
        // both broadcasts reach everyone once, the throttled one included
        assertThat(h.channel.deliveredTo()).hasSize(120);
        assertThat(Set.copyOf(h.channel.deliveredTo())).hasSize(60);
    }

    @Test
    void aBlockedChatIsMarkedUnreachableAndSkippedNextTime() throws Exception {
        h.volunteers(30, "RU-MOW");
        h.channel.blocked.addAll(Set.of("100003", "100017"));
        long first = h.confirmToAll();
        h.started(SendingHarness.settings(200));

        Broadcast done = h.await(first, Broadcast.State.DONE, WAIT);
        assertThat(done.report().unreachable()).isEqualTo(2);
        assertThat(done.report().sent()).isEqualTo(28);
        assertThat(h.marks(first)).containsEntry(Recipient.Mark.UNREACHABLE, 2);
        assertThat(h.blocked.blocked).containsExactlyInAnyOrder("telegram:100003", "telegram:100017");

        int callsBefore = h.channel.calls.size();
        long second = h.confirmToAll();
        Broadcast again = h.await(second, Broadcast.State.DONE, WAIT);
        assertThat(h.channel.calls.subList(callsBefore, h.channel.calls.size()))
                .extracting(Call::chatId)
                .hasSize(28)
                .doesNotContain("100003", "100017");
        assertThat(again.report().unreachable()).isEqualTo(2);
        assertThat(h.marks(second)).containsEntry(Recipient.Mark.BLOCKED, 2);
    }

    @Test
    void transientFailuresAreRetriedWithBackoffThenReported() throws Exception {
        h.volunteers(10, "RU-MOW");
        h.channel.failuresLeft.put("100002", new AtomicInteger(2));
        h.channel.alwaysFailing.add("100005");
        long id = h.confirmToAll();
        h.started(SendingHarness.settings(200));

        Broadcast done = h.await(id, Broadcast.State.DONE, WAIT);
        assertThat(done.report().sent()).isEqualTo(9);
        assertThat(done.report().failed()).isEqualTo(1);
        List<Call> toFlaky = h.channel.calls.stream()
                .filter(c -> c.chatId().equals("100002"))
                .toList();
        assertThat(toFlaky).hasSize(3);
        // 100 ms before the second attempt, 200 ms before the third
        assertThat(toFlaky.get(1).nanos() - toFlaky.get(0).nanos()).isGreaterThanOrEqualTo(100_000_000L);
        assertThat(toFlaky.get(2).nanos() - toFlaky.get(1).nanos()).isGreaterThanOrEqualTo(200_000_000L);
        assertThat(h.channel.calls.stream().filter(c -> c.chatId().equals("100005")))
                .hasSize(3);
        assertThat(h.channel.posts.get(1)).contains("failed 1");
    }

    @Test
    void quietHoursHoldARegionWhereItIsNightUntilTheMorning() throws Exception {
        SendingHarness night =
                new SendingHarness(Instant.parse("2026-06-10T20:30:00Z")); // 23:30 Moscow, 08:30 Kamchatka
        try (night) {
            night.volunteers(5, "RU-MOW");
            night.volunteers(5, "RU-KAM");
            long id = night.confirmToAll();
            night.started(SendingHarness.settings(200));

            night.awaitCalls(5, WAIT);
            Thread.sleep(500);
            assertThat(night.channel.calls).hasSize(5);
            assertThat(night.channel.calls)
                    .extracting(Call::chatId)
                    .allMatch(
                            chat -> night.volunteers.byId.get(chat).regionCode().equals("RU-KAM"));
            assertThat(night.broadcasts.byId(id).orElseThrow().state()).isEqualTo(Broadcast.State.SENDING);
            assertThat(
                            night.channel.edits.isEmpty()
                                    ? night.channel.posts.get(0)
                                    : night.channel.edits.get(night.channel.edits.size() - 1))
                    .contains("held for the night: 5");

            night.clock.shift(Duration.ofHours(8).plusMinutes(31)); // 08:01 in Moscow
            Broadcast done = night.await(id, Broadcast.State.DONE, WAIT);
            assertThat(done.report().sent()).isEqualTo(10);
            assertThat(night.channel.deliveredTo()).hasSize(10).doesNotHaveDuplicates();
        }
    }

    @Test
    void anUrgentBroadcastIgnoresQuietHours() throws Exception {
        SendingHarness night = new SendingHarness(Instant.parse("2026-06-10T20:30:00Z"));
        try (night) {
            night.volunteers(5, "RU-MOW");
            long id = night.confirm(Audience.volunteersOf(Set.of("RU-MOW")), true);
            night.started(SendingHarness.settings(200));
            assertThat(night.await(id, Broadcast.State.DONE, WAIT).report().sent())
                    .isEqualTo(5);
        }
    }

    @Test
    void cancelStopsFurtherSendingAndReports() throws Exception {
        h.volunteers(300, "RU-MOW");
        long id = h.confirmToAll();
        Sending sending = h.started(SendingHarness.settings(100)).sending();
        h.awaitCalls(30, WAIT);

        assertThat(h.broadcasts.cancel(id, "7", h.clock.instant())).isTrue();
        sending.cancelled(id);
        Broadcast cancelled = h.await(id, Broadcast.State.CANCELLED, WAIT);
        int calls = h.channel.calls.size();
        Thread.sleep(300);

        assertThat(h.channel.calls).hasSize(calls);
        assertThat(calls).isLessThan(60);
        assertThat(cancelled.report().sent()).isEqualTo(calls);
        assertThat(cancelled.report().remaining()).isEqualTo(300 - calls);
        assertThat(h.channel.posts.get(h.channel.posts.size() - 1))
                .isEqualTo(
                        "Broadcast #%d was cancelled: sent %d of 300, %d not sent.".formatted(id, calls, 300 - calls));
    }

    @Test
    void aNewSenderResumesWhereTheStoppedOneLeftWithoutDuplicatesOrGaps() throws Exception {
        h.volunteers(400, "RU-MOW");
        long id = h.confirmToAll();
        SendingHarness.RunningSender first = h.started(SendingHarness.settings(200));
        h.awaitCalls(150, WAIT);
        first.close();
        int before = h.channel.calls.size();
        assertThat(before).isLessThan(400);

        h.started(SendingHarness.settings(200));
        Broadcast done = h.await(id, Broadcast.State.DONE, WAIT);

        assertThat(h.channel.deliveredTo()).hasSize(400).doesNotHaveDuplicates();
        assertThat(done.report().sent()).isEqualTo(400);
    }

    @Test
    void whenTheLeaseMovesTheSenderStopsBetweenMessagesAndTheNewHolderFinishesWithoutDuplicates() throws Exception {
        h.volunteers(300, "RU-MOW");
        long id = h.confirmToAll();
        SendingHarness.RunningSender first = h.started(SendingHarness.settings(200));
        SendingHarness.RunningSender second = h.standingBy(SendingHarness.settings(200));
        h.awaitCalls(100, WAIT);
        assertThat(second.jobs()
                        .meters
                        .timer("together.job.duration", "job", BroadcastSending.NAME)
                        .count())
                .as("runs of the standby's sender")
                .isZero();

        first.jobs().leadership.set(false); // the lease lapses: the holder stops after the message being sent
        awaitNotRunning(first);
        int sentByFirst = h.channel.calls.size();
        Thread.sleep(200);
        assertThat(h.channel.calls).as("nothing more from the old holder").hasSize(sentByFirst);
        second.jobs().leadership.set(true);

        Broadcast done = h.await(id, Broadcast.State.DONE, WAIT);
        assertThat(h.channel.deliveredTo()).hasSize(300).doesNotHaveDuplicates();
        assertThat(done.report().sent()).isEqualTo(300);
    }

    private static void awaitNotRunning(SendingHarness.RunningSender sender) throws InterruptedException {
        var running = sender.jobs()
                .meters
                .get("together.job.running")
                .tag("job", BroadcastSending.NAME)
                .gauge();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (running.value() != 0) {
            assertThat(System.nanoTime()).as("the old holder's run ends").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void afterACrashOnlyTheInFlightBatchIsSentAgain() throws Exception {
        h.volunteers(50, "RU-MOW");
        long id = h.confirmToAll();
        BroadcastSettings settings = SendingHarness.settings(200);
        // a sender that built the ledger, sent 20 and marked the next batch in flight, then died
        ActiveBroadcast crashed = new ActiveBroadcast(h.broadcasts.byId(id).orElseThrow());
        assertThat(h.building(settings).buildNext(crashed)).isTrue();
        Chunk chunk = crashed.chunks.get(0);
        Instant longAgo = h.clock.instant().minus(Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            Recipient r = chunk.recipients.get(i);
            r.mark = i < 20 ? Recipient.Mark.SENT : Recipient.Mark.IN_FLIGHT;
            r.at = i < 20 ? null : longAgo;
        }
        assertThat(h.ledger.save(chunk)).isTrue();

        h.started(settings);
        Broadcast done = h.await(id, Broadcast.State.DONE, WAIT);

        List<String> expected = chunk.recipients.subList(20, 50).stream()
                .map(r -> r.chatKey.substring("telegram:".length()))
                .toList();
        assertThat(h.channel.deliveredTo()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(done.report().sent()).isEqualTo(50);
    }

    @Test
    void optedOutChatsAreSkipped() throws Exception {
        h.volunteers(10, "RU-MOW");
        h.optOuts.optOut("telegram:100004", h.clock.instant());
        long id = h.confirmToAll();
        h.started(SendingHarness.settings(200));

        Broadcast done = h.await(id, Broadcast.State.DONE, WAIT);
        assertThat(h.channel.deliveredTo()).hasSize(9).doesNotContain("100004");
        assertThat(done.report().optedOut()).isEqualTo(1);
    }

    @Test
    void twoBroadcastsToTheSameChatAreSpacedBySecond() throws Exception {
        h.volunteers(3, "RU-MOW");
        h.confirmToAll();
        long second = h.confirmToAll();
        h.started(SendingHarness.settings(200));
        h.await(second, Broadcast.State.DONE, WAIT);

        Map<String, Long> last = new HashMap<>();
        for (Call call : h.channel.calls) {
            Long before = last.put(call.chatId(), call.nanos());
            if (before != null) {
                assertThat(call.nanos() - before).isGreaterThanOrEqualTo(990_000_000L);
            }
        }
        assertThat(h.channel.calls).hasSize(6);
    }

    @Test
    void coordinatorsOfTheRegionsGetIt() throws Exception {
        h.roles.coordinators.put("501", Set.of("RU-MOW"));
        h.roles.coordinators.put("502", Set.of("RU-KAM", "RU-MOW"));
        h.roles.coordinators.put("503", Set.of("RU-KAM"));
        h.volunteers(5, "RU-MOW");
        long id = h.confirm(
                Audience.volunteersOf(Set.of(FixedRegions.MOSCOW.code())).withCoordinators(true), false);
        h.started(SendingHarness.settings(200));

        h.await(id, Broadcast.State.DONE, WAIT);
        assertThat(h.channel.deliveredTo()).containsExactlyInAnyOrder("501", "502");
    }

    /** No window of one second holds more than {@code rate} calls (1% allowed for the timestamps' own jitter). */
    private static void assertNoSecondHoldsMoreThan(List<Call> calls, int rate) {
        for (int i = 0; i + rate < calls.size(); i++) {
            assertThat(calls.get(i + rate).nanos() - calls.get(i).nanos())
                    .as("calls %d to %d", i, i + rate)
                    .isGreaterThanOrEqualTo(990_000_000L);
        }
    }
}
