package org.wearetogether.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.wearetogether.WeAreTogetherApplication;
import org.wearetogether.testing.FakeTelegram;

/**
 * The service in a child JVM (the test's own class path), so that a test can kill it with {@code kill -9}
 * ({@link Process#destroyForcibly()}) and start it again on the same data folder. Its output goes to a log file.
 */
final class ServiceProcess implements AutoCloseable {

    private final Process process;

    private ServiceProcess(Process process) {
        this.process = process;
    }

    static ServiceProcess start(FakeTelegram telegram, Path dataDir, Path log) {
        return start(telegram, dataDir, log, List.of());
    }

    /** With more arguments ({@code --name=value}); one naming a property set above replaces it. */
    static ServiceProcess start(FakeTelegram telegram, Path dataDir, Path log, List<String> extraArguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                WeAreTogetherApplication.class.getName(),
                "--server.port=0",
                "--management.server.port=0",
                "--together.telegram.token=" + telegram.token(),
                "--together.telegram.api-url=" + telegram.apiUrl(),
                "--together.telegram.poll-timeout=1s",
                "--together.storage.data-dir=" + dataDir,
                "--together.dialogs.folder=dialogs"));
        for (String extra : extraArguments) {
            String name = extra.substring(0, extra.indexOf('=') + 1);
            command.removeIf(argument -> argument.startsWith(name));
            command.add(extra);
        }
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** A graceful stop (SIGTERM), so that the data folder is free for the checks. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
