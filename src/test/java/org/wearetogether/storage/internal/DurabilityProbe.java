package org.wearetogether.storage.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;

/**
 * Run in a child JVM by {@link EmbeddedDurabilityIT}: writes to the embedded store, reports every acknowledged
 * write on stdout, then dies at once with {@link Runtime#halt} (like {@code kill -9}: no shutdown hooks, no close).
 *
 * <p>Arguments: data folder, number of writes, and {@code durable} (the service's store) or {@code stock}
 * (mongo-java-server's own H2 backend, to show what the durable one prevents).
 */
final class DurabilityProbe {

    static final String COLLECTION = "probe";

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int writes = Integer.parseInt(args[1]);
        String uri = "stock".equals(args[2])
                ? startStock(dataDir)
                : EmbeddedMongo.start(dataDir, false).connectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> probe = client.getDatabase("together").getCollection(COLLECTION);
            for (int i = 1; i <= writes; i++) {
                probe.insertOne(new Document("_id", i));
                Document counter = probe.findOneAndUpdate(
                        new Document("_id", "counter"),
                        Updates.inc("value", 1),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                System.out.println("ACKED " + counter.getInteger("value"));
            }
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static String startStock(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        MongoServer server = new MongoServer(
                new H2Backend(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString()));
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    private DurabilityProbe() {}
}
