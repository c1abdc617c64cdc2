package org.wearetogether.hq.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** HQ chat bindings in {@code hq_chats}, one document per group ({@code _id} = chat key). */
@org.springframework.stereotype.Repository
class MongoHqChats {

    private final MongoCollection<Document> chats;

    MongoHqChats(MongoDatabase database) {
        this.chats = database.getCollection("hq_chats");
    }

    /** Binds (or re-binds) a group; its region's open requests are posted by the next sweep. */
    void bind(HqChat chat, String byUserId, Instant at) {
        Document d = new Document("_id", chat.chatKey())
                .append("region", chat.region())
                .append("language", chat.language())
                .append("boundBy", byUserId)
                .append("boundAt", Date.from(at))
                .append("backfilled", false);
        chats.replaceOne(Filters.eq("_id", chat.chatKey()), d, new ReplaceOptions().upsert(true));
    }

    /** Unbinds; returns the binding there was. */
    Optional<HqChat> unbind(String chatKey) {
        return Optional.ofNullable(chats.findOneAndDelete(Filters.eq("_id", chatKey)))
                .map(MongoHqChats::chat);
    }

    Optional<HqChat> byChat(String chatKey) {
        return Optional.ofNullable(chats.find(Filters.eq("_id", chatKey)).first())
                .map(MongoHqChats::chat);
    }

    List<HqChat> all() {
        List<HqChat> found = new ArrayList<>();
        chats.find().forEach(d -> found.add(chat(d)));
        return found;
    }

    List<HqChat> notBackfilled() {
        List<HqChat> found = new ArrayList<>();
        chats.find(Filters.eq("backfilled", false)).forEach(d -> found.add(chat(d)));
        return found;
    }

    void backfilled(String chatKey) {
        chats.updateOne(Filters.eq("_id", chatKey), Updates.set("backfilled", true));
    }

    private static HqChat chat(Document d) {
        return new HqChat(d.getString("_id"), d.getString("region"), d.getString("language"));
    }
}
