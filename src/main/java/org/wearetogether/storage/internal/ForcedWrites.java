package org.wearetogether.storage.internal;

import java.nio.file.Path;

/**
 * Told each time the embedded store has forced one of its files to the device. Only a power-loss test listens: it
 * keeps a copy of what was forced, which is what the disk would hold after the power went.
 */
@FunctionalInterface
interface ForcedWrites {

    ForcedWrites NONE = (file, length) -> {};

    /**
     * @param file the file forced
     * @param length how many of its first bytes are now on the device, or -1 for the whole file as it is
     */
    void forced(Path file, long length);
}
