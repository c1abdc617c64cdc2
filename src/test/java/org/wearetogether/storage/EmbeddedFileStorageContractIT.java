package org.wearetogether.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.storage.internal.EmbeddedMongo;

/** The storage contract on the service's own embedded store: the durable H2 file backend. */
class EmbeddedFileStorageContractIT extends StorageContractTests {

    @TempDir
    static Path dataDir;

    private static EmbeddedMongo server;
    private static MongoClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.start(dataDir, false);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Override
    protected MongoDatabase database() {
        return client.getDatabase("together");
    }
}
