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

    /**
     * One scan (the chats are the busiest collection: on the embedded store a scan holds it while it reads every
     * chat) finds both the chats inactive since the cut-off and the undated ones, which are dated now.
     */
    private int expire(Instant cutOff, Instant now, int limit) {
        Date before = Date.from(cutOff);
        Bson undatedInactive = Filters.and(
                Filters.exists("updatedAt", false), Filters.or(Filters.exists(SEEN, false), Filters.lt(SEEN, before)));
        Bson candidates = Filters.or(Filters.lt("updatedAt", before), undatedInactive);
        List<String> inactive = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        chats.find(candidates)
                .projection(Projections.include("_id", "updatedAt", SEEN))
                .limit(limit)
                .forEach(d -> (d.get("updatedAt") == null && d.get(SEEN) == null ? undated : inactive)
                        .add(d.getString("_id")));
        if (!undated.isEmpty()) {
            chats.updateMany(
                    Filters.and(Filters.in("_id", undated), Filters.exists(SEEN, false)),
                    Updates.set(SEEN, Date.from(now)));
        }
        if (inactive.isEmpty()) {
            return 0;
        }
        Bson stillInactive = Filters.or(Filters.lt("updatedAt", before), undatedInactive);
        // the filter again: a chat that wrote in between keeps its record
        long deleted = chats.deleteMany(Filters.and(Filters.in("_id", inactive), stillInactive))
                .getDeletedCount();
        inactive.forEach(cache::evict);
        return (int) deleted;
    }
}
