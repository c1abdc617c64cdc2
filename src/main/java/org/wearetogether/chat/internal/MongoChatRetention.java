package org.wearetogether.chat.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.jobs.RetentionRule;

/**
 * Chat records (language, the conversation under way with its answers, replies owed, the person's name) of chats
 * without activity for the period are deleted; a person who writes again starts afresh. A record never written by an
 * input (only replies sent to it) has no date of activity: it is dated when this rule first sees it.
 */
@org.springframework.stereotype.Repository
class MongoChatRetention {

    static final String COLLECTION = "chats";
    private static final String SEEN = "retentionSeenAt";

    private final MongoCollection<Document> chats;
    private final Chats cache;

    MongoChatRetention(MongoDatabase database, Chats cache) {
        this.chats = database.getCollection(COLLECTION);
        this.cache = cache;
    }

    RetentionRule inactiveFor(Duration period) {
        return new RetentionRule("chats-inactive", COLLECTION, (now, limit) -> expire(now.minus(period), now, limit));
    }

    private int expire(Instant cutOff, Instant now, int limit) {
        Bson undated = Filters.and(Filters.exists("updatedAt", false), Filters.exists(SEEN, false));
        chats.updateMany(undated, Updates.set(SEEN, Date.from(now)));
        Date before = Date.from(cutOff);
        Bson inactive = Filters.or(
                Filters.lt("updatedAt", before),
                Filters.and(Filters.exists("updatedAt", false), Filters.lt(SEEN, before)));
        List<String> keys = new ArrayList<>();
        chats.find(inactive)
                .projection(Projections.include("_id"))
                .limit(limit)
                .forEach(d -> keys.add(d.getString("_id")));
        if (keys.isEmpty()) {
            return 0;
        }
        // the filter again: a chat that wrote in between keeps its record
        long deleted =
                chats.deleteMany(Filters.and(Filters.in("_id", keys), inactive)).getDeletedCount();
        keys.forEach(cache::evict);
        return (int) deleted;
    }
}
