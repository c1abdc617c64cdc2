package org.wearetogether.bench;

/** The benchmark's knobs, from system properties ({@code -Dbench.users=...}). */
record BenchSettings(int users, int warmupUsers, int seconds, int heapDialogs, boolean profile) {

    static BenchSettings fromSystemProperties() {
        int users = Integer.getInteger("bench.users", 2000);
        return new BenchSettings(
                users,
                Integer.getInteger("bench.warmupUsers", 500),
                Integer.getInteger("bench.seconds", 20),
                Integer.getInteger("bench.heapDialogs", Math.min(users, 1000)),
                Boolean.parseBoolean(System.getProperty("bench.profile", "true")));
    }
}
