package org.wearetogether.jobs.internal.lease;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MongoFixtures.InMemoryMongo;

/** The lease's contract on mongo-java-server, which the fault tests share between instances. */
class EmbeddedMemoryLeaseContractIT extends LeaseContractTests {

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
    protected String uri() {
        return "mongodb://127.0.0.1:" + store.server().getLocalAddress().getPort() + "/together";
    }
}
