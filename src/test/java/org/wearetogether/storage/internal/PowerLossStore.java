package org.wearetogether.storage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded store (fsync off, the default) on a disk that keeps only what the store forced to it: each time the
 * store forces its log or its file, a copy of the forced bytes is taken. {@link #loseAllPower()} stops the store and
 * puts those copies back in place of the files, which is what a machine finds on its disk when its power failed: the
 * writes the operating system held in its cache are gone, those forced are there. (A real disk may also have kept
 * some of what was not forced; this keeps none of it, the harder case for the store.)
 */
public final class PowerLossStore implements AutoCloseable {

    private static final List<String> FILES = List.of(EmbeddedMongo.FILE_NAME, EmbeddedMongo.LOG_FILE_NAME);

    private final Path dataDir;
    private final Duration checkpointEvery;
    private final Map<String, byte[]> onTheDevice = new ConcurrentHashMap<>();
    private volatile boolean powered;
    private EmbeddedMongo store;

    private PowerLossStore(Path dataDir, Duration checkpointEvery) {
        this.dataDir = dataDir;
        this.checkpointEvery = checkpointEvery;
    }

    /** Starts the store on {@code dataDir}, whose files as they are now count as on the device. */
    public static PowerLossStore start(Path dataDir, Duration checkpointEvery) {
        PowerLossStore disk = new PowerLossStore(dataDir, checkpointEvery);
        disk.powerOn();
        return disk;
    }

    public String connectionString() {
        return store.connectionString();
    }

    /** Stops the store as a power failure would: the files hold only what was forced to the device. */
    public void loseAllPower() {
        powered = false;
        store.close(); // its last commit is written to the files, and overwritten below
        for (String name : FILES) {
            Path file = dataDir.resolve(name);
            try {
                byte[] kept = onTheDevice.get(name);
                if (kept == null) {
                    Files.deleteIfExists(file);
                } else {
                    Files.write(file, kept);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Starts the store again on what the disk kept. */
    public void powerOn() {
        onTheDevice.clear();
        for (String name : FILES) {
            Path file = dataDir.resolve(name);
            if (Files.exists(file)) {
                onTheDevice.put(name, read(file, -1));
            }
        }
        powered = true;
        store = EmbeddedMongo.start(dataDir, false, checkpointEvery, OptionalLong.empty(), this::forced);
    }

    private void forced(Path file, long length) {
        if (powered) {
            onTheDevice.put(file.getFileName().toString(), read(file, length));
        }
    }

    private static byte[] read(Path file, long length) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer bytes = ByteBuffer.allocate((int) (length < 0 ? size : Math.min(length, size)));
            while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) >= 0) {
                // read on
            }
            return bytes.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (powered) {
            store.close();
        }
    }
}
