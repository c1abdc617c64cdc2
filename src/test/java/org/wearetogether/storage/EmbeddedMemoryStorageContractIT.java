package org.wearetogether.storage;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MongoFixtures.InMemoryMongo;

/** The storage contract on mongo-java-server's memory backend, the store of most tests. */
class EmbeddedMemoryStorageContractIT extends StorageContractTests {

    private static InMemoryMongo store;

    @BeforeAll
    static void start() {
        store = MongoFixtures.inMemory();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Override
    protected MongoDatabase database() {
        return store.database();
    }
}
