package org.wearetogether.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.net.InetSocketAddress;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Fresh in-memory stores for tests: mongo-java-server's memory backend on an ephemeral loopback port, reached
 * through the real driver. Close the returned store (try-with-resources or {@code @AfterEach}).
 */
public final class MongoFixtures {

    private MongoFixtures() {}

    /** A new, empty in-memory store with one database named {@code together}. */
    public static InMemoryMongo inMemory() {
        MongoServer server = new MongoServer(new ConsistentMemoryBackend());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(
                        "mongodb://127.0.0.1:" + server.getLocalAddress().getPort()))
                .build());
        return new InMemoryMongo(server, client, client.getDatabase("together"));
    }

    /**
     * mongo-java-server's memory backend, with each command's reply copied under a lock: the library puts its
     * stored documents themselves in replies and updates them in place, so concurrent tests would see torn or
     * repeated values (the service's own embedded store does the same, see {@code DurableH2Backend}).
     */
    private static final class ConsistentMemoryBackend extends MemoryBackend {

        private final ReentrantReadWriteLock locks = new ReentrantReadWriteLock();

        @Override
        public Document handleMessage(MongoMessage message) {
            String command = message.getDocument().keySet().iterator().next();
            Lock lock = "find".equals(command) || "getMore".equals(command) ? locks.readLock() : locks.writeLock();
            lock.lock();
            try {
                return super.handleMessage(message).cloneDeeply();
            } finally {
                lock.unlock();
            }
        }
    }

    /** A running in-memory store; {@link #close()} stops the client and the server. */
    public record InMemoryMongo(MongoServer server, MongoClient client, MongoDatabase database)
            implements AutoCloseable {

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
