package org.wearetogether.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The benchmark's figures as JSON, each beside its target from issue 5. */
final class BenchReport {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DATE = LocalDate.now().toString();

    private BenchReport() {}

    static ObjectNode header(BenchSettings settings) {
        ObjectNode report = JSON.objectNode();
        report.put("date", Instant.now().toString());
        report.put("command", "mvn -o -B -Pbench verify -Dbench.users=" + settings.users());
        ObjectNode machine = report.putObject("machine");
        machine.put("host", host())
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
                .put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20)
                .put(
                        "jvmArguments",
                        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        report.put("store", "embedded (mongo-java-server + H2 file, write-ahead log, checkpoint every 1 s, no fsync)");
        report.put("users", settings.users());
        report.put("stepsPerDialog", DialogBenchmark.STEPS);
        return report;
    }

    static ObjectNode run(Crowd.Run run) {
        Histogram h = run.latency();
        ObjectNode node = JSON.objectNode()
                .put("updates", run.updates())
                .put("dialogsFinished", run.dialogsFinished())
                .put("seconds", round(run.elapsed().toNanos() / 1e9))
                .put("updatesPerSecond", Math.round(run.updatesPerSecond()));
        node.putObject("latencyMs")
                .put("p50", ms(h.getValueAtPercentile(50)))
                .put("p99", ms(h.getValueAtPercentile(99)))
                .put("p99.9", ms(h.getValueAtPercentile(99.9)))
                .put("max", ms(h.getMaxValue()));
        // the part of the latency before the service had the update: how long it sat in the fake until a
        // getUpdates first handed it out (the rest is processing and sending the reply)
        Histogram fetch = run.waitedToBeFetched();
        node.putObject("waitedToBeFetchedMs")
                .put("p50", ms(fetch.getValueAtPercentile(50)))
                .put("p99", ms(fetch.getValueAtPercentile(99)))
                .put("p99.9", ms(fetch.getValueAtPercentile(99.9)))
                .put("max", ms(fetch.getMaxValue()));
        return node;
    }

    static ObjectNode cpu(CpuMeter.Spent spent, long updates) {
        ObjectNode node = JSON.objectNode()
                .put("processMicros", micros(spent.process(), updates))
                .put("serviceThreadsMicros", micros(spent.service(), updates))
                .put("harnessThreadsMicros", micros(spent.harness(), updates))
                .put("gcJitAndEndedThreadsMicros", micros(spent.jvmInternal(), updates))
                .put("jitCompilingMicros", micros(spent.compilingMillis() * 1_000_000, updates))
                .put(
                        "how",
                        "process CPU time (OperatingSystemMXBean) and per-thread CPU time (ThreadMXBean) over the"
                                + " saturation run / updates; harness = fake-telegram-*, bench-*, main threads");
        ObjectNode groups = node.putObject("byThreadGroupMicros");
        spent.byGroup().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> groups.put(e.getKey(), micros(e.getValue(), updates)));
        return node;
    }

    static ObjectNode commands(long commands, long failedSoFar, Crowd.Run run) {
        return JSON.objectNode()
                .put("value", round((double) commands / run.updates()))
                .put("commands", commands)
                .put("updates", run.updates())
                .put("failedCommandsSinceStart", failedSoFar)
                .put("target", 2.0)
                .put("aim", 1.5);
    }

    /** Adds the verdicts: each figure beside its target. */
    static void targets(ObjectNode report) {
        ObjectNode targets = report.putObject("targets");
        double rate = report.path("saturation").path("updatesPerSecond").asDouble();
        double p99 = report.path("at50PercentOfSaturation")
                .path("latencyMs")
                .path("p99")
                .asDouble();
        double commands = report.path("mongoCommandsPerUpdate").path("value").asDouble();
        long heap =
                report.path("heapPerActiveDialog").path("bytesPerDialogInCache").asLong();
        verdict(targets, "updatesPerSecond >= 3000", rate, rate >= 3000);
        verdict(targets, "p99Ms at 50% <= 15", p99, p99 <= 15);
        verdict(targets, "mongoCommandsPerUpdate <= 2 (aim 1.5)", commands, commands <= 2);
        verdict(targets, "heapBytesPerActiveDialog <= 5120", heap, heap <= 5120);
        targets.put("broadcastEfficiency >= 0.97", "see " + fileName("broadcast.json"));
    }

    private static void verdict(ObjectNode targets, String name, double value, boolean met) {
        targets.putObject(name).put("measured", value).put("met", met);
    }

    static String fileName(String extension) {
        return DATE + "-" + host() + "." + extension;
    }

    static void write(ObjectNode report, Path file) throws IOException {
        Files.writeString(
                file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
    }

    private static String host() {
        String name = System.getenv("HOSTNAME");
        try {
            name = name != null ? name : InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            name = "unknown";
        }
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static double ms(long micros) {
        return round(micros / 1000.0);
    }

    private static double micros(long nanos, long updates) {
        return round(nanos / 1000.0 / Math.max(1, updates));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
