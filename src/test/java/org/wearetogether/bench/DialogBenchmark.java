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
 * (100), {@code bench.seconds} per open-loop rate (20), {@code bench.heapDialogs} (1000), {@code bench.profile}
 * (true: a last, separate closed-loop run of users/4 under JFR), {@code bench.results} (the output folder).
 */
class DialogBenchmark {

    static final int STEPS = HelpRequestScript.STEPS.size();

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

            print("warm-up: " + settings.warmupUsers() + " users");
            crowd.closedLoop(settings.warmupUsers(), STEPS, timeout);
            crowd.forgetUsers();

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
                    .isEqualTo(settings.warmupUsers() + settings.users());
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

    static void print(String line) {
        System.out.println("[bench] " + line);
    }
}
