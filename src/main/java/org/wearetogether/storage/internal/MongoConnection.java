package org.wearetogether.storage.internal;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.storage.StorageSettings;

/**
 * The client of the configured store, and the embedded server when it is the one in use; closes both.
 *
 * @param description where the data lives, safe to log and show (no password)
 */
record MongoConnection(MongoClient client, MongoDatabase database, Optional<EmbeddedMongo> embedded, String description)
        implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MongoConnection.class);

    static MongoConnection open(StorageSettings settings, CommandListener listener) {
        if (!settings.isEmbedded()) {
            ConnectionString uri = new ConnectionString(settings.uri());
            String databaseName = uri.getDatabase() != null ? uri.getDatabase() : settings.database();
            String description = "MongoDB at " + settings.maskedUri() + ", database " + databaseName;
            return connect(uri, databaseName, settings, listener, Optional.empty(), description);
        }
        EmbeddedMongo server = EmbeddedMongo.start(
                settings.dataDir(),
                settings.embeddedFsync(),
                settings.embeddedCheckpointEvery(),
                settings.embeddedLogTruncateAt() == null
                        ? OptionalLong.empty()
                        : OptionalLong.of(settings.embeddedLogTruncateAt()));
        try {
            String description = "embedded store (mongo-java-server, H2 file " + server.file() + ") on 127.0.0.1:"
                    + server.port() + ", database " + settings.database();
            ConnectionString uri = new ConnectionString(server.connectionString());
            return connect(uri, settings.database(), settings, listener, Optional.of(server), description);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static MongoConnection connect(
            ConnectionString uri,
            String databaseName,
            StorageSettings settings,
            CommandListener listener,
            Optional<EmbeddedMongo> embedded,
            String description) {
        MongoClient client = MongoClients.create(clientSettings(uri, settings, listener));
        LOG.info("Store: {}", description);
        return new MongoConnection(client, client.getDatabase(databaseName), embedded, description);
    }

    /** Our timeouts first, so that options written in the connection string win. */
    static MongoClientSettings clientSettings(
            ConnectionString uri, StorageSettings settings, CommandListener listener) {
        return MongoClientSettings.builder()
                .applicationName("we-are-together")
                .applyToClusterSettings(b -> b.serverSelectionTimeout(
                        settings.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        b -> b.connectTimeout((int) settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                                .readTimeout((int) settings.socketTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(
                        b -> b.maxWaitTime(settings.connectionWaitTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyConnectionString(uri)
                .addCommandListener(listener)
                .build();
    }

    boolean isEmbedded() {
        return embedded.isPresent();
    }

    @Override
    public void close() {
        client.close();
        embedded.ifPresent(EmbeddedMongo::close);
    }
}
