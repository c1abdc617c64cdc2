package org.wearetogether.jobs.internal.lease;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The lease's contract on a real MongoDB 8 replica set; skipped where no Docker engine is available. */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerLeaseContractIT extends LeaseContractTests {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Override
    protected String uri() {
        return MONGO.getReplicaSetUrl("together");
    }
}
