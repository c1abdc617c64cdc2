package org.wearetogether.broadcasts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wearetogether.broadcasts.BroadcastSettings;
import org.wearetogether.broadcasts.internal.BroadcastFakes.FakeBlockedChats;
import org.wearetogether.broadcasts.internal.BroadcastFakes.FakeRoles;
import org.wearetogether.broadcasts.internal.BroadcastFakes.FakeSender;
import org.wearetogether.broadcasts.internal.BroadcastFakes.FakeVolunteers;
import org.wearetogether.broadcasts.internal.BroadcastFakes.ShiftableClock;
import org.wearetogether.chat.Announcement;
import org.wearetogether.regions.Region;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.RunningJobs;

/** A store, fakes and senders for one test; close it after. */
final class SendingHarness implements AutoCloseable {

    static final Region KAMCHATKA =
            new Region("RU-KAM", "Камчатский край", "Kamchatka", List.of(), ZoneId.of("Asia/Kamchatka"));
    /** 12:00 in Moscow, 21:00 in Kamchatka. */
    static final Instant NOON_IN_MOSCOW = Instant.parse("2026-06-10T09:00:00Z");

    final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    final MongoBroadcasts broadcasts = new MongoBroadcasts(mongo.database());
    final MongoLedger ledger = new MongoLedger(mongo.database());
    final MongoOptOuts optOuts = new MongoOptOuts(mongo.database());
    final FakeVolunteers volunteers = new FakeVolunteers();
    final FakeRoles roles = new FakeRoles();
    final FakeBlockedChats blocked = new FakeBlockedChats();
    final FakeSender channel = new FakeSender();
    final FixedRegions regions = FixedRegions.of(FixedRegions.MOSCOW, KAMCHATKA);
    final ShiftableClock clock;
    private final List<RunningJobs> senders = new ArrayList<>();

    SendingHarness(Instant start) {
        this.clock = new ShiftableClock(start);
    }

    static BroadcastSettings settings(double rate) {
        return new BroadcastSettings(
                rate,
                Duration.ofSeconds(1),
                LocalTime.of(22, 0),
                LocalTime.of(8, 0),
                3,
                Duration.ofMillis(100),
                10,
                100,
                Duration.ofSeconds(30),
                Duration.ofMillis(200),
                Duration.ofMillis(100));
    }

    LedgerBuilding building(BroadcastSettings settings) {
        return new LedgerBuilding(broadcasts, ledger, volunteers, roles, regions, settings.chunk());
    }

    /** A sender, not started; its nudges go nowhere. */
    Sending sending(BroadcastSettings settings) {
        return sending(settings, () -> {});
    }

    private Sending sending(BroadcastSettings settings, Runnable wakeJob) {
        return new Sending(
                broadcasts,
                ledger,
                optOuts,
                blocked,
                building(settings),
                new Channels(() -> Map.of("telegram", channel)),
                blocked.blocked::add,
                settings,
                clock,
                wakeJob);
    }

    /** A sender run as the service runs it: the job {@code broadcast-sending} in a job registry. */
    RunningSender started(BroadcastSettings settings) {
        RunningJobs jobs = new RunningJobs();
        Sending sending = sending(settings, () -> jobs.jobs().nudge(BroadcastSending.NAME));
        senders.add(jobs.start(new BroadcastSending(sending)));
        return new RunningSender(sending, jobs);
    }

    /** A sender on another instance that stands by until the test hands it the lease. */
    RunningSender standingBy(BroadcastSettings settings) {
        RunningJobs jobs = new RunningJobs();
        jobs.leadership.set(false);
        Sending sending = sending(settings, () -> jobs.jobs().nudge(BroadcastSending.NAME));
        senders.add(jobs.start(new BroadcastSending(sending)));
        return new RunningSender(sending, jobs);
    }

    /** A started sender; closing it stops its registry as a shutdown would. */
    record RunningSender(Sending sending, RunningJobs jobs) implements AutoCloseable {
        @Override
        public void close() {
            jobs.close();
        }
    }

    void volunteers(int count, String region) {
        for (int i = 0; i < count; i++) {
            volunteers.add(
                    String.valueOf(100_000 + volunteers.byId.size()),
                    region,
                    org.wearetogether.volunteers.VolunteerStatus.APPROVED);
        }
    }

    long confirm(Audience audience, boolean urgent) {
        long id = broadcasts.nextNumber();
        long expected = building(settings(1)).count(audience);
        assertThat(broadcasts.create(new Broadcast(
                        id,
                        "7",
                        "Anna",
                        "telegram:7",
                        "en",
                        Announcement.plain("Tomorrow at 10: sorting food parcels"),
                        audience,
                        urgent,
                        Broadcast.State.SENDING,
                        expected,
                        0,
                        null,
                        false,
                        null,
                        Broadcast.Report.EMPTY,
                        clock.instant(),
                        null,
                        false)))
                .isTrue();
        return id;
    }

    long confirmToAll() {
        return confirm(Audience.volunteersOf(Set.of()), false);
    }

    Broadcast await(long id, Broadcast.State state, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Broadcast b = broadcasts.byId(id).orElseThrow();
            if (b.state() == state && b.reported()) {
                return b;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("broadcast " + id + " is not " + state + " after " + timeout + ": "
                + broadcasts.byId(id).orElseThrow());
    }

    void awaitCalls(int atLeast, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (channel.calls.size() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + channel.calls.size() + " calls after " + timeout);
            }
            Thread.sleep(5);
        }
    }

    /** Counts of recipients by mark, read from the stored ledger. */
    Map<Recipient.Mark, Integer> marks(long id) {
        Map<Recipient.Mark, Integer> counts = new java.util.EnumMap<>(Recipient.Mark.class);
        Broadcast b = broadcasts.byId(id).orElseThrow();
        for (int no = 0; no < b.built(); no++) {
            for (Recipient r : ledger.load(id, no).orElseThrow().recipients) {
                counts.merge(r.mark, 1, Integer::sum);
            }
        }
        return counts;
    }

    @Override
    public void close() {
        senders.forEach(RunningJobs::close);
        mongo.close();
    }
}
