package org.wearetogether.chat.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.wearetogether.chat.ChatSettings;

/**
 * Chat records in the {@code chats} collection, one document per chat, with hot records cached. The cache is never
 * the source of truth: every write is guarded by the version it read, so a stale cached copy (another instance
 * wrote) makes the write miss, and the caller reloads from the store.
 */
@org.springframework.stereotype.Repository
class MongoChats implements Chats {

    private final MongoCollection<Document> chats;
    private final Cache<String, ChatRecord> cache;

    MongoChats(MongoDatabase database, ChatSettings settings) {
        this.chats = database.getCollection("chats");
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.cachedChats())
                .expireAfterAccess(settings.cacheIdle())
                .build();
        // Serves the version-guarded write on both stores (the embedded server needs its exact keys; see replace).
        chats.createIndex(Indexes.ascending("_id", "v"), new IndexOptions().unique(true));
        // Speeds up the timers' scan on a real MongoDB; correctness never depends on it.
        chats.createIndex(Indexes.ascending("dueAt"), new IndexOptions().sparse(true));
        chats.createIndex(Indexes.ascending(MongoChatDocuments.OWING), new IndexOptions().sparse(true));
    }

    @Override
    public ChatRecord load(String chatKey) {
        ChatRecord cached = cache.getIfPresent(chatKey);
        if (cached != null) {
            return cached;
        }
        Document stored = chats.find(Filters.eq("_id", chatKey)).first();
        ChatRecord record = stored == null ? ChatRecord.fresh(chatKey) : MongoChatDocuments.fromDocument(stored);
        cache.put(chatKey, record);
        return record;
    }

    @Override
    public boolean save(ChatRecord next) {
        boolean written = next.version() == 1 ? insert(next) : replace(next);
        if (written) {
            cache.put(next.chatKey(), next);
        } else {
            cache.invalidate(next.chatKey());
        }
        return written;
    }

    private boolean insert(ChatRecord next) {
        try {
            chats.insertOne(MongoChatDocuments.toDocument(next));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private boolean replace(ChatRecord next) {
        // A flat {_id, v} filter, not {$and: [...]}: the embedded server uses an index only when a query's keys are
        // exactly the index's keys, and an $and made it scan every chat on every write (47% of the benchmark's CPU).
        Document guard = new Document("_id", next.chatKey()).append("v", next.version() - 1);
        return chats.replaceOne(guard, MongoChatDocuments.toDocument(next)).getMatchedCount() == 1;
    }

    @Override
    public List<ChatRecord> due(Instant now, int limit) {
        List<ChatRecord> due = new ArrayList<>();
        chats.find(Filters.lte("dueAt", Date.from(now)))
                .sort(Sorts.ascending("dueAt"))
                .limit(limit)
                .forEach(d -> due.add(MongoChatDocuments.fromDocument(d)));
        return due;
    }

    @Override
    public List<String> owing(int limit) {
        List<String> keys = new ArrayList<>();
        chats.find(Filters.exists(MongoChatDocuments.OWING))
                .projection(new Document("_id", 1))
                .limit(limit)
                .forEach(d -> keys.add(d.getString("_id")));
        return keys;
    }

    @Override
    public void evict(String chatKey) {
        cache.invalidate(chatKey);
    }
}
