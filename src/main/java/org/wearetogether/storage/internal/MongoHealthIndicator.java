package org.wearetogether.storage.internal;

import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Reports the store as up when it answers a ping within two seconds. */
class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoConnection connection;

    MongoHealthIndicator(MongoConnection connection) {
        super("The store did not answer a ping");
        this.connection = connection;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        // a bounded wait: the health endpoint must answer even while the store is unreachable
        connection.database().withTimeout(2, TimeUnit.SECONDS).runCommand(new Document("ping", 1));
        builder.up()
                .withDetail("store", connection.isEmbedded() ? "embedded" : "mongodb")
                .withDetail("location", connection.description());
    }
}
