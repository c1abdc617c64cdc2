package org.wearetogether.jobs.internal;

import java.util.function.Consumer;
import org.wearetogether.jobs.Leadership;

/**
 * Single-instance mode: with no lease in the application, this instance is the only one and always leads, so every
 * job runs here. Right for one process (the embedded store allows no other); a service run as several instances
 * against one MongoDB needs the lease instead, or each would send and sweep.
 */
final class SingleInstance implements Leadership {

    private final String instanceId;

    SingleInstance(String instanceId) {
        this.instanceId = instanceId;
    }

    /** Host name and process id, as a lease would name this instance. */
    static SingleInstance ofThisProcess() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
        }
        return new SingleInstance(host + ":" + ProcessHandle.current().pid());
    }

    @Override
    public boolean isLeader() {
        return true;
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    /** Leadership never changes in this mode, so the listener is never called. */
    @Override
    public void onChange(Consumer<Boolean> listener) {}
}
