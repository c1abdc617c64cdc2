package org.wearetogether.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StorageSettingsTest {

    @Test
    void masksThePasswordOfTheUri() {
        StorageSettings settings = withUri("mongodb://bot:s3cr%40t@db1:27017,db2:27017/together?replicaSet=rs0");

        assertThat(settings.maskedUri()).isEqualTo("mongodb://bot:***@db1:27017,db2:27017/together?replicaSet=rs0");
        assertThat(settings.isEmbedded()).isFalse();
    }

    @Test
    void leavesAUriWithoutPasswordAsItIs() {
        assertThat(withUri("mongodb+srv://db.example.org/together").maskedUri())
                .isEqualTo("mongodb+srv://db.example.org/together");
    }

    @Test
    void usesTheEmbeddedStoreWhenTheUriIsBlank() {
        assertThat(withUri(" ").isEmbedded()).isTrue();
        assertThat(StorageSettings.embedded(Path.of("data")).isEmbedded()).isTrue();
    }

    private static StorageSettings withUri(String uri) {
        StorageSettings defaults = StorageSettings.embedded(Path.of("data"));
        return new StorageSettings(
                uri,
                defaults.dataDir(),
                defaults.database(),
                defaults.serverSelectionTimeout(),
                defaults.connectTimeout(),
                defaults.socketTimeout(),
                defaults.connectionWaitTimeout(),
                false,
                defaults.embeddedCheckpointEvery(),
                null,
                defaults.embeddedScrubAfter());
    }
}
