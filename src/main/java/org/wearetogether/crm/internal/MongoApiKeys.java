package org.wearetogether.crm.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wearetogether.storage.MongoIndexes;

/** The {@code crm_api_keys} collection: one document per key, holding the hash of its secret only. */
@Repository
class MongoApiKeys {

    static final String COLLECTION = "crm_api_keys";

    private final MongoCollection<Document> keys;

    MongoApiKeys(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
        MongoIndexes.ensure(keys, new IndexModel(Indexes.ascending("id"), new IndexOptions().unique(true)));
    }

    void insert(ApiKey key) {
        keys.insertOne(new Document("id", key.id())
                .append("region", key.region())
                .append("secretHash", key.secretHash())
                .append("createdBy", key.createdBy())
                .append("createdAt", Date.from(key.createdAt()))
                .append("expiresAt", key.expiresAt() == null ? null : Date.from(key.expiresAt())));
    }

    Optional<ApiKey> byId(String id) {
        return Optional.ofNullable(keys.find(Filters.eq("id", id)).first()).map(MongoApiKeys::fromDocument);
    }

    /** Revokes a valid key; false when there is no such valid key. */
    boolean revoke(String id, String by, Instant at) {
        return keys.updateOne(
                                Filters.and(Filters.eq("id", id), Filters.exists("revokedAt", false)),
                                Updates.combine(Updates.set("revokedBy", by), Updates.set("revokedAt", Date.from(at))))
                        .getModifiedCount()
                == 1;
    }

    List<ApiKey> all() {
        List<ApiKey> found = new ArrayList<>();
        keys.find().sort(Sorts.ascending("region", "createdAt")).forEach(d -> found.add(fromDocument(d)));
        return found;
    }

    private static ApiKey fromDocument(Document d) {
        Date revokedAt = d.getDate("revokedAt");
        Date expiresAt = d.getDate("expiresAt");
        return new ApiKey(
                d.getString("id"),
                d.getString("region"),
                d.getString("secretHash"),
                d.getString("createdBy"),
                d.getDate("createdAt").toInstant(),
                d.getString("revokedBy"),
                revokedAt == null ? null : revokedAt.toInstant(),
                expiresAt == null ? null : expiresAt.toInstant());
    }
}
