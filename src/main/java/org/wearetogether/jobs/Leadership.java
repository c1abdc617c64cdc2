package org.wearetogether.jobs;

import java.util.function.Consumer;

/** Whether this instance is the one that does what must happen once (polling Telegram, sending, sweeps). */
public interface Leadership {

    /** True while this instance holds the lease. */
    boolean isLeader();

    /** This instance's id as written in the lease (host name and process id, or the configured name). */
    String instanceId();

    /** Called with true when this instance gains the lease and false when it loses it; on the caller's thread. */
    void onChange(Consumer<Boolean> listener);
}
