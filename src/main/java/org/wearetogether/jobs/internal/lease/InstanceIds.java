package org.wearetogether.jobs.internal.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This instance's id in the lease: the configured name, else host name and process id ({@code app-1:4711}). */
final class InstanceIds {

    private InstanceIds() {}

    static String of(LeaseSettings settings) {
        if (settings.instanceName() != null && !settings.instanceName().isBlank()) {
            return settings.instanceName().strip();
        }
        return hostName() + ":" + ProcessHandle.current().pid();
    }

    /** The container's or machine's name; {@code HOSTNAME} first, since a reverse lookup can hang on bad DNS. */
    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
