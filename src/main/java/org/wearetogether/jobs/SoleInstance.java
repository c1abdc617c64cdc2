package org.wearetogether.jobs;

import java.util.function.Consumer;

/**
 * Leadership of an instance that cannot have a rival: it is always the leader. Used with the embedded store, whose
 * file one process holds (a second process on the same data folder does not start), and by tests of one channel.
 */
public record SoleInstance(String instanceId) implements Leadership {

    @Override
    public boolean isLeader() {
        return true;
    }

    /** Told at once that this instance leads; it never changes. */
    @Override
    public void onChange(Consumer<Boolean> listener) {
        listener.accept(true);
    }
}
