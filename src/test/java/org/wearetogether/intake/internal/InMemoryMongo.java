package org.wearetogether.intake.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory mongo-java-server on a loopback port with a sync driver connected to it. Start one per test class;
 * each {@link #freshDatabase()} is empty, so tests do not see each other's documents.
 */
final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final AtomicInteger databases = new AtomicInteger();
    private final MongoClient client;

    InMemoryMongo() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    MongoDatabase freshDatabase() {
        return client.getDatabase("together" + databases.incrementAndGet());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
