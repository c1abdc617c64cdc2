package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backend never runs on an MVStore that would commit half a command by itself. */
class DurableH2BackendTest {

    @Test
    void refusesAStoreThatWouldCommitByItself(@TempDir Path folder) {
        MVStore selfCommitting = new MVStore.Builder()
                .fileName(folder.resolve("x.mv.db").toString())
                .autoCommitDisabled()
                .open();
        try {
            assertThatThrownBy(() -> DurableH2Backend.open(
                            selfCommitting, folder.resolve("x.wal"), false, Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("auto-commit buffer of 0");
        } finally {
            selfCommitting.closeImmediately();
        }
    }
}
