package org.wearetogether.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The storage contract on a real MongoDB 8 replica set; skipped where no Docker engine is available. */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerStorageContractIT extends StorageContractTests {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl("together"));
    }

    @AfterAll
    static void disconnect() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    protected MongoDatabase database() {
        return client.getDatabase("together");
    }
}
