package org.wearetogether.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.storage.MongoCommandCounter;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.RunningService;

/**
 * The benchmark of issue 5 for what exists now, the help-request dialog: the whole service (embedded store in a
 * temporary folder) against the fake Bot API, with simulated users in the same JVM. Runs only in the {@code bench}
 * profile ({@code mvn -Pbench verify}, or {@code bench/run.sh}); prints the figures and writes them as JSON under
 * {@code bench/results/}. Settings as system properties: {@code bench.users} (2000), {@code bench.warmupUsers}
 * (per warm-up round, 500; see {@link #warmUp}), {@code bench.seconds} per open-loop rate (20), {@code bench.heapDialogs} (1000), {@code bench.profile}
 * (true: a last, separate closed-loop run of users/4 under JFR), {@code bench.results} (the output folder).
 */
class DialogBenchmark {

    static final int STEPS = HelpRequestScript.STEPS.size();
    static final int MAX_WARM_UP_ROUNDS = 10;

    @TempDir
    Path data;

    @Test
    void measuresTheHelpRequestDialog() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path results = Files.createDirectories(Path.of(System.getProperty("bench.results", "bench/results")));
        ObjectNode report = BenchReport.header(settings);
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data);
                Crowd crowd = new Crowd(telegram, 10_000_000L)) {
            telegram.keepHistory(false);
            MongoCommandCounter commands = service.bean(MongoCommandCounter.class);
            Duration timeout = Duration.ofMinutes(8);

            int warmedUp = warmUp(crowd, settings.warmupUsers(), timeout);
            report.put("warmUpUsers", warmedUp);

            print("saturation: " + settings.users() + " users, think time 0");
            long commandsBefore = commands.total();
            long deliveredBefore = telegram.deliveredUpdates();
            var cpu = CpuMeter.snapshot();
            Crowd.Run saturation = crowd.closedLoop(settings.users(), STEPS, timeout);
            CpuMeter.Spent spent = CpuMeter.since(cpu);
            long commandsSpent = commands.total() - commandsBefore;
            long delivered = telegram.deliveredUpdates() - deliveredBefore;
            assertThat(saturation.stuck()).as("users still waiting for a reply").isEmpty();
            assertThat(saturation.dialogsFinished()).isEqualTo(settings.users());
            assertThat(service.database().getCollection("requests").countDocuments())
                    .as("one stored request per finished dialog")
                    .isEqualTo(warmedUp + settings.users());
            report.set("saturation", BenchReport.run(saturation));
            report.set("cpuPerUpdate", BenchReport.cpu(spent, saturation.updates()));
            report.set("mongoCommandsPerUpdate", BenchReport.commands(commandsSpent, commands.failed(), saturation));
            report.put("getUpdatesDeliveriesPerUpdate", Math.round(100.0 * delivered / saturation.updates()) / 100.0);
            crowd.forgetUsers();

            double rate = saturation.updatesPerSecond();
            report.set("at50PercentOfSaturation", openLoop(crowd, 0.5 * rate, settings));
            report.set("at90PercentOfSaturation", openLoop(crowd, 0.9 * rate, settings));
            report.set("heapPerActiveDialog", heap(service, crowd, settings.heapDialogs(), timeout));
            report.put(
                    "broadcastEfficiency", "measured by BroadcastBenchmark: " + BenchReport.fileName("broadcast.json"));
            if (settings.profile()) {
                // last and separate: JFR's profiling costs too much on 2 busy cores to run beside a measurement
                int users = Math.max(1, settings.users() / 4);
                print("profiled run (JFR, not measured): " + users + " users, think time 0");
                try (Profile profile = Profile.start(results.resolve(BenchReport.fileName("jfr")))) {
                    crowd.closedLoop(users, STEPS, timeout);
                    report.set("profileOfSaturation", profile.stop());
                }
            }
        }
        BenchReport.targets(report);
        Path file = results.resolve(BenchReport.fileName("json"));
        BenchReport.write(report, file);
        print(report.toPrettyString());
        print("written to " + file.toAbsolutePath());
    }

    /**
     * Runs rounds of {@code usersPerRound} until a round is no longer faster than the fastest before it by more than
     * 5% (at most {@link #MAX_WARM_UP_ROUNDS}), so that the measurements see the service as it runs after its first
     * minutes rather than while the JIT compiles it. Measured on 2 cores: rounds of 500 users took 12.1, 7.1, 5.6,
     * 5.3, 5.8 s, and one round of 100 users (the warm-up before) left the saturation run at half the rate it reaches
     * after five. The JIT goes on compiling less used methods in the background; the report shows how long it spent
     * on that during the saturation run ({@code jitCompilingMicros}). Returns the users that ran.
     */
    private static int warmUp(Crowd crowd, int usersPerRound, Duration timeout) {
        long fastest = Long.MAX_VALUE;
        for (int round = 1; ; round++) {
            long compilingBefore = CpuMeter.compilingMillis();
            long started = System.nanoTime();
            crowd.closedLoop(usersPerRound, STEPS, timeout);
            crowd.forgetUsers();
            long millis = (System.nanoTime() - started) / 1_000_000;
            print("warm-up round " + round + ": " + usersPerRound + " users in " + millis + " ms, JIT compiling "
                    + (CpuMeter.compilingMillis() - compilingBefore) + " ms");
            if (millis > 0.95 * fastest || round == MAX_WARM_UP_ROUNDS) {
                return round * usersPerRound;
            }
            fastest = Math.min(fastest, millis);
        }
    }

    private static ObjectNode openLoop(Crowd crowd, double rate, BenchSettings settings) {
        print("open loop at " + Math.round(rate) + " updates/s for " + settings.seconds() + " s");
        Crowd.Run run = crowd.openLoop(rate, Duration.ofSeconds(settings.seconds()), Duration.ofMinutes(1));
        assertThat(run.stuck()).as("inputs never answered").isEmpty();
        crowd.forgetUsers();
        return BenchReport.run(run).put("offeredPerSecond", Math.round(rate));
    }

    /** N people stop in the middle of the dialog; the cache then holds N idle conversations. */
    private static ObjectNode heap(RunningService service, Crowd crowd, int dialogs, Duration timeout) {
        print("heap: " + dialogs + " idle dialogs in the cache");
        HeapProbe probe = HeapProbe.of(service::bean);
        long firstId = crowd.nextUserId();
        long before = HeapProbe.usedAfterGc();
        Crowd.Run run = crowd.closedLoop(dialogs, HelpRequestScript.MID_DIALOG, timeout);
        assertThat(run.stuck()).isEmpty();
        var keys = crowd.chatKeysFrom(firstId);
        crowd.forgetUsers();
        awaitStoreCheckpoint();
        assertThat(probe.holdsAll(keys)).as("every idle dialog is cached").isTrue();
        long withDialogs = HeapProbe.usedAfterGc();
        probe.evict(keys);
        long evicted = HeapProbe.usedAfterGc();
        return JsonNodeFactory.instance
                .objectNode()
                .put("dialogs", dialogs)
                .put("bytesPerDialogInCache", (withDialogs - evicted) / dialogs)
                .put("bytesPerDialogWholeProcess", (withDialogs - before) / dialogs)
                .put("target", 5 * 1024)
                .put(
                        "how",
                        "used heap after full GCs with the dialogs cached minus after evicting exactly them, / N;"
                                + " 'wholeProcess' = growth from before the dialogs existed (includes the store's"
                                + " page cache and the fake's bookkeeping)");
    }

    /**
     * The embedded store holds the pages written since its last checkpoint (once a second) in memory: measured before
     * that checkpoint and after it, their memory counted as the records' (3,749 bytes a dialog instead of 1,039).
     */
    private static void awaitStoreCheckpoint() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void print(String line) {
        System.out.println("[bench] " + line);
    }
}
