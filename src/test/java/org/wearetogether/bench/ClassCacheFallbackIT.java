package org.wearetogether.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.bench.PackagedService.Layout;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;

/**
 * Issue 11, point 9: the fast start path must never stop the service from starting. The packaged service (extracted,
 * as the Dockerfile runs it) is started with the cache option pointing at a missing file, at a file that is not a
 * cache, and at a cache made for another class path; each time it must answer a waiting {@code /start}. The speed
 * itself is measured by {@link StartupBenchmark} (in the bench profile, since timings on a shared machine are no
 * pass/fail matter).
 */
class ClassCacheFallbackIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path work;

    @Test
    void aMissingCorruptOrForeignCacheOnlyCostsSpeedNeverTheStart() throws Exception {
        PackagedService service = PackagedService.of(work);
        Path missing = work.resolve("missing.aot");
        Path corrupt = work.resolve("corrupt.aot");
        byte[] junk = new byte[64 * 1024];
        new Random(11).nextBytes(junk);
        Files.write(corrupt, junk);
        Path foreign = service.trainOtherClassPath(work.resolve("foreign"));

        Path data = work.resolve("data");
        long user = 9_100_000;
        for (Path cache : List.of(missing, corrupt, foreign)) {
            Path log = work.resolve("service-" + cache.getFileName() + ".log");
            try (FakeTelegram telegram = FakeTelegram.start()) {
                var anna = telegram.user(user++, "Anna", "en");
                anna.sendCommand("start");
                Process process =
                        service.start(Layout.EXTRACTED, telegram, data, log, List.of(service.useCache(cache)));
                try {
                    FakeTelegramMessage menu = telegram.awaitMessage(
                            anna.id(), m -> m.text().contains("What would you like to do?"), START_TIMEOUT);
                    assertThat(menu.chatId()).isEqualTo(anna.id());
                } finally {
                    PackagedService.stop(process);
                }
                assertThat(process.exitValue())
                        .as("a clean stop after starting with " + cache.getFileName() + "; see " + log)
                        .isIn(0, 143);
            }
        }
    }
}
