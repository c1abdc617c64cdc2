package org.wearetogether.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.bench.PackagedService.Layout;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;

/**
 * Issue 11, point 9: the time from launching the packaged service to the first reply. A person's {@code /start} is
 * already waiting in the fake Bot API when the child JVM is launched; the figure is the wall time from
 * {@link ProcessBuilder#start()} to the fake answering the service's first {@code sendMessage}. Each round measures
 * every {@link Layout} twice: cold (a fresh data folder) and warm (a restart after {@code kill -9} on the data the
 * cold run left, with {@code bench.startupDialogs} finished dialogs still in the write-ahead log to replay).
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench.include='**&#47;StartupBenchmark.java'}; {@code bench.startupRuns} (5)
 * rounds, {@code bench.startupLayouts} (JAR,EXTRACTED,CACHED), {@code bench.javaHome} (another JDK for the child,
 * e.g. Temurin 25 from a build on 17). Writes {@code bench/results/<date>-<host>.startup.json}: per layout and kind
 * the median, min and max, each run, and where its time went as the fake saw it (first {@code getMe}, first {@code
 * getUpdates}, the reply).
 */
class StartupBenchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @TempDir
    Path work;

    /** The people who send the first {@code /start} of each start. */
    private long nextProbe = 7_000_000;

    /** The first of the people who fill the write-ahead log, a range of ids apart from the probes. */
    private long nextCrowd = 100_000_000;

    @Test
    void measuresTheTimeFromLaunchToTheFirstReply() throws Exception {
        int rounds = Integer.getInteger("bench.startupRuns", 5);
        int dialogs = Integer.getInteger("bench.startupDialogs", 100);
        List<Layout> layouts = Arrays.stream(System.getProperty("bench.startupLayouts", "JAR,EXTRACTED,CACHED")
                        .split(","))
                .map(String::trim)
                .map(Layout::valueOf)
                .toList();
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path results = Files.createDirectories(Path.of(System.getProperty("bench.results", "bench/results")));
        // the services' logs stay for a look after the run; the data and the cache go with the temporary folder
        Path logs = Files.createDirectories(Path.of("target", "startup-benchmark"));
        PackagedService service = PackagedService.of(work);
        print("child JVM: " + service.javaDescription());

        long trainingStarted = System.nanoTime();
        if (layouts.contains(Layout.CACHED)) {
            service.train();
        }
        double trainingSeconds = seconds(System.nanoTime() - trainingStarted);

        Map<Layout, List<ObjectNode>> cold = new EnumMap<>(Layout.class);
        Map<Layout, List<ObjectNode>> warm = new EnumMap<>(Layout.class);
        for (int round = 1; round <= rounds; round++) {
            // layouts interleaved, so that a busy spell of the shared machine falls on all of them alike
            for (Layout layout : layouts) {
                Path data = work.resolve("data-" + layout + "-" + round);
                Path log = logs.resolve("service-" + layout + "-" + round + ".log");
                ObjectNode coldRun;
                ObjectNode warmRun;
                try (FakeTelegram telegram = FakeTelegram.start()) {
                    coldRun = coldStartThenFillTheLog(service, layout, telegram, data, log, dialogs);
                    warmRun = warmStart(service, layout, telegram, data, log);
                }
                cold.computeIfAbsent(layout, l -> new ArrayList<>()).add(coldRun);
                warm.computeIfAbsent(layout, l -> new ArrayList<>()).add(warmRun);
                print(layout + " round " + round + ": cold " + coldRun.get("toFirstReplySeconds") + " s (CPU "
                        + coldRun.get("cpuSecondsByThen") + " s), warm " + warmRun.get("toFirstReplySeconds")
                        + " s (CPU " + warmRun.get("cpuSecondsByThen") + " s; log to replay "
                        + warmRun.get("writeAheadLogBytes") + " bytes)");
            }
        }

        ObjectNode report = header(service, rounds, dialogs, loadAtStart);
        if (service.cache() != null) {
            report.putObject("cache")
                    .put("file", service.cache().getFileName().toString())
                    .put("bytes", Files.size(service.cache()))
                    .put("trainingSeconds", trainingSeconds);
        }
        ObjectNode byLayout = report.putObject("layouts");
        for (Layout layout : layouts) {
            ObjectNode node = byLayout.putObject(layout.name());
            node.put("command", command(layout, service));
            node.set("cold", summary(cold.get(layout)));
            node.set("warm", summary(warm.get(layout)));
        }
        Path file = results.resolve(BenchReport.fileName("startup.json"));
        BenchReport.write(report, file);
        print(report.toPrettyString());
        print("written to " + file.toAbsolutePath());
    }

    /**
     * A start on a fresh data folder; then {@code dialogs} people complete the help-request dialog with the store's
     * checkpoint held off, and the process is killed once Telegram has every update confirmed, so that all their
     * writes wait in the write-ahead log and nothing but the next probe's {@code /start} waits for the restart.
     */
    private ObjectNode coldStartThenFillTheLog(
            PackagedService service, Layout layout, FakeTelegram telegram, Path data, Path log, int dialogs)
            throws Exception {
        ObjectNode run = JSON.objectNode();
        Process process = startAndAwaitFirstReply(
                service, layout, telegram, data, log, List.of("-Dtogether.storage.embedded-checkpoint-every=1h"), run);
        try (Crowd crowd = new Crowd(telegram, nextCrowd += 100_000)) {
            Crowd.Run filled = crowd.completeDialogs(dialogs, Duration.ofMinutes(3));
            assertThat(filled.dialogsFinished()).as("dialogs before the kill").isEqualTo(dialogs);
            awaitAllConfirmed(telegram);
        } finally {
            PackagedService.kill(process);
        }
        return run;
    }

    /** A restart after {@code kill -9} on the data the cold run left, its write-ahead log still to replay. */
    private ObjectNode warmStart(PackagedService service, Layout layout, FakeTelegram telegram, Path data, Path log)
            throws Exception {
        long walBytes = Files.size(data.resolve("mongo.wal"));
        assertThat(walBytes).as("a write-ahead log to replay").isPositive();
        ObjectNode run = JSON.objectNode().put("writeAheadLogBytes", walBytes);
        Process process = startAndAwaitFirstReply(service, layout, telegram, data, log, List.of(), run);
        PackagedService.stop(process);
        return run;
    }

    private static void awaitAllConfirmed(FakeTelegram telegram) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (telegram.unconfirmedUpdates() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(telegram.unconfirmedUpdates()).as("updates not confirmed").isZero();
    }

    private Process startAndAwaitFirstReply(
            PackagedService service,
            Layout layout,
            FakeTelegram telegram,
            Path data,
            Path log,
            List<String> jvmOptions,
            ObjectNode run)
            throws Exception {
        long user = nextProbe++;
        telegram.user(user, "Anna", "en").sendCommand("start");
        long launched = System.nanoTime();
        Process process = service.start(layout, telegram, data, log, jvmOptions);
        FakeTelegramCall reply;
        try {
            reply = telegram.awaitCall(
                    "sendMessage", c -> c.param("chat_id").equals(Long.toString(user)), START_TIMEOUT);
        } catch (AssertionError e) {
            PackagedService.kill(process);
            throw new AssertionError("no reply within " + START_TIMEOUT + "; see " + log, e);
        }
        run.put("toFirstReplySeconds", seconds(reply.answeredAtNanos() - launched));
        // CPU time the child spent until now (just after the reply): unlike the wall time, it hardly depends on how
        // many other processes want the cores, so it compares runs made on a busy machine
        process.toHandle()
                .info()
                .totalCpuDuration()
                .ifPresent(cpu -> run.put("cpuSecondsByThen", seconds(cpu.toNanos())));
        // where the time went, as the fake saw it
        first(telegram, "getMe", launched).ifPresent(c -> run.put("toGetMeSeconds", seconds(c - launched)));
        first(telegram, "getUpdates", launched)
                .ifPresent(c -> run.put("toFirstGetUpdatesSeconds", seconds(c - launched)));
        first(telegram, "setMyCommands", launched)
                .ifPresent(c -> run.put("toSetMyCommandsSeconds", seconds(c - launched)));
        return process;
    }

    private static Optional<Long> first(FakeTelegram telegram, String method, long since) {
        return telegram.calls(method).stream()
                .map(FakeTelegramCall::answeredAtNanos)
                .filter(at -> at > since)
                .min(Long::compare);
    }

    private static ObjectNode summary(List<ObjectNode> runs) {
        double[] seconds = runs.stream()
                .mapToDouble(r -> r.get("toFirstReplySeconds").asDouble())
                .sorted()
                .toArray();
        double[] cpu = runs.stream()
                .mapToDouble(r -> r.path("cpuSecondsByThen").asDouble())
                .sorted()
                .toArray();
        ObjectNode node = JSON.objectNode()
                .put("medianSeconds", median(seconds))
                .put("minSeconds", seconds[0])
                .put("maxSeconds", seconds[seconds.length - 1])
                .put("medianCpuSeconds", median(cpu));
        ArrayNode each = node.putArray("runs");
        runs.forEach(each::add);
        return node;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : round((sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    }

    private static ObjectNode header(PackagedService service, int rounds, int dialogs, double loadAtStart) {
        ObjectNode report = JSON.objectNode();
        report.put("date", Instant.now().toString());
        report.put(
                "command",
                "mvn -Pbench verify -Dbench.include='**/StartupBenchmark.java' -Dbench.startupRuns=" + rounds);
        report.put(
                "figure",
                "wall time from launching the child JVM to the fake Bot API answering the first sendMessage,"
                        + " a /start already waiting; cold = fresh data folder; warm = restart after kill -9 with "
                        + dialogs
                        + " finished dialogs' writes in the write-ahead log; cpuSecondsByThen = the child's CPU"
                        + " time at the reply (compares runs on a busy machine better than wall time)");
        report.putObject("machine")
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .put("childJava", service.javaDescription())
                .put("childJvmOptions", String.join(" ", PackagedService.JVM_OPTIONS))
                .put("loadAverageAtStart", loadAtStart)
                .put(
                        "loadAverageAtEnd",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.put("rounds", rounds);
        return report;
    }

    private static String command(Layout layout, PackagedService service) {
        String options = String.join(" ", PackagedService.JVM_OPTIONS);
        return switch (layout) {
            case JAR -> "java " + options + " -jar app.jar";
            case EXTRACTED -> "java " + options + " -jar app/app.jar (after java -Djarmode=tools -jar app.jar extract)";
            case CACHED ->
                "java " + options + " " + service.useCache(Path.of(service.javaFeature() >= 25 ? "app.aot" : "app.jsa"))
                        + " -jar app/app.jar (cache from a training run with --together.telegram.training=true)";
        };
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void print(String line) {
        System.out.println("[startup] " + line);
    }
}
