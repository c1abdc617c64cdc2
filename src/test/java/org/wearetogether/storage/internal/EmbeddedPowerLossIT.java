package org.wearetogether.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With fsync off, a power loss keeps what the embedded store forced: the writes that asked for a journaled write
 * concern, and everything up to the last checkpoint; it may lose the other writes since.
 */
class EmbeddedPowerLossIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsAJournaledWriteAndLosesTheUnforcedOnesAfterIt() {
        try (PowerLossStore disk = PowerLossStore.start(dataDir, Duration.ofHours(1))) {
            try (MongoClient client = MongoClients.create(disk.connectionString())) {
                MongoCollection<Document> things = things(client);
                things.insertOne(new Document("_id", "plain before"));
                things.withWriteConcern(WriteConcern.JOURNALED).insertOne(new Document("_id", "journaled"));
                things.withWriteConcern(WriteConcern.MAJORITY)
                        .findOneAndUpdate(
                                Filters.eq("_id", "majority"),
                                Updates.inc("n", 1),
                                new FindOneAndUpdateOptions().upsert(true));
                things.insertOne(new Document("_id", "plain after"));
            }
            disk.loseAllPower();
            disk.powerOn();

            try (MongoClient client = MongoClients.create(disk.connectionString())) {
                assertThat(things(client).distinct("_id", String.class))
                        .as("forcing the journaled writes also forced the one logged before them")
                        .containsExactlyInAnyOrder("plain before", "journaled", "majority");
            }
        }
    }

    @Test
    void keepsEveryWriteUpToTheLastCheckpoint() throws InterruptedException {
        try (PowerLossStore disk = PowerLossStore.start(dataDir, Duration.ofMillis(50))) {
            try (MongoClient client = MongoClients.create(disk.connectionString())) {
                for (int i = 0; i < 20; i++) {
                    things(client).insertOne(new Document("_id", "write " + i));
                }
                Thread.sleep(300); // several checkpoints
            }
            disk.loseAllPower();
            disk.powerOn();

            try (MongoClient client = MongoClients.create(disk.connectionString())) {
                assertThat(things(client).countDocuments()).isEqualTo(20);
            }
        }
    }

    private static MongoCollection<Document> things(MongoClient client) {
        return client.getDatabase("together").getCollection("things");
    }
}
