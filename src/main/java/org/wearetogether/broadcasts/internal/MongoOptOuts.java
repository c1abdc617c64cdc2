package org.wearetogether.broadcasts.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;

/** Chats that asked for no announcements ({@code /stop_news}), in {@code broadcast_optouts} by chat key. */
@org.springframework.stereotype.Repository
class MongoOptOuts {

    private final MongoCollection<Document> optOuts;

    MongoOptOuts(MongoDatabase database) {
        this.optOuts = database.getCollection("broadcast_optouts");
    }

    void optOut(String chatKey, Instant at) {
        optOuts.updateOne(
                Filters.eq("_id", chatKey),
                com.mongodb.client.model.Updates.setOnInsert("at", Date.from(at)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }

    /** False when the chat had not opted out. */
    boolean optIn(String chatKey) {
        return optOuts.deleteOne(Filters.eq("_id", chatKey)).getDeletedCount() == 1;
    }

    Set<String> among(Collection<String> chatKeys) {
        Set<String> found = new HashSet<>();
        if (!chatKeys.isEmpty()) {
            optOuts.find(Filters.in("_id", chatKeys))
                    .projection(new Document("_id", 1))
                    .forEach(d -> found.add(d.getString("_id")));
        }
        return found;
    }
}
