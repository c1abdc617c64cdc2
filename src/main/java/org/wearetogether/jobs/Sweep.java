package org.wearetogether.jobs;

import java.util.List;

/**
 * One named piece of work among several that one job runs in order (the HQ's forwarding, notices and timers; the
 * volunteers' approval cards and answers).
 */
public record Sweep(String name, Runnable work) {

    /**
     * Runs every sweep even when an earlier one failed (each has its own work), stopping between two when the run is
     * asked to stop; then throws the failures together, named, so that the job's back-off and health follow.
     *
     * @param kind how the failure names the sweeps, e.g. {@code HQ sweep}
     */
    public static void runAll(String kind, List<Sweep> sweeps, JobRun run) {
        RuntimeException failed = null;
        for (Sweep sweep : sweeps) {
            if (run.stopRequested()) {
                return;
            }
            try {
                sweep.work().run();
            } catch (RuntimeException e) {
                if (failed == null) {
                    failed = new IllegalStateException("the " + kind + " '" + sweep.name() + "' failed", e);
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
