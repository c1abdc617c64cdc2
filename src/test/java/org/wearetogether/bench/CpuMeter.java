package org.wearetogether.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of the whole process and of its Java threads grouped by name, between two snapshots. Everything shares
 * one JVM, so the groups tell the service's threads from the harness's: the fake Bot API ({@code fake-telegram-*})
 * and the simulated users ({@code bench-*}, {@code main}) are the harness; the rest is the service with its embedded
 * store. GC and JIT threads are not Java threads: they are the process time that no group explains.
 */
final class CpuMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time at one moment: the process's, each live thread's, and the JIT compilers' total so far. */
    record Snapshot(
            long processNanos, Map<Long, Long> threadNanos, Map<Long, String> threadNames, long compilingMillis) {}

    /**
     * CPU time spent between two snapshots, in nanoseconds, and the JIT compilers' time in milliseconds (as the JVM
     * reports it: their accumulated compiling time, part of what no thread group explains).
     */
    record Spent(long process, long service, long harness, Map<String, Long> byGroup, long compilingMillis) {

        long jvmInternal() {
            return Math.max(0, process - service - harness);
        }
    }

    private CpuMeter() {}

    static Snapshot snapshot() {
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                nanos.put(info.getThreadId(), cpu);
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return new Snapshot(processCpuNanos(), nanos, names, compilingMillis());
    }

    /** Time spent since {@code before}; a thread that ended in between is not counted in any group. */
    static Spent since(Snapshot before) {
        Snapshot after = snapshot();
        Map<String, Long> byGroup = new TreeMap<>();
        long service = 0;
        long harness = 0;
        for (var entry : after.threadNanos().entrySet()) {
            long spent = entry.getValue() - before.threadNanos().getOrDefault(entry.getKey(), 0L);
            String group = group(after.threadNames().get(entry.getKey()));
            byGroup.merge(group, spent, Long::sum);
            if (isHarness(group)) {
                harness += spent;
            } else {
                service += spent;
            }
        }
        return new Spent(
                after.processNanos() - before.processNanos(),
                service,
                harness,
                byGroup,
                after.compilingMillis() - before.compilingMillis());
    }

    static boolean isHarness(String group) {
        return group.startsWith("fake-telegram") || group.startsWith("bench-") || group.equals("main");
    }

    /** The thread's name without its running number: {@code telegram-chat-7} is in {@code telegram-chat-}. */
    static String group(String threadName) {
        return threadName.replaceAll("[0-9]+", "#");
    }

    /** The JIT compilers' accumulated time in milliseconds, or 0 where the JVM does not say. */
    static long compilingMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
