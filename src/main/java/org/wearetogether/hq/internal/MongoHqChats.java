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

/**
 * HQ chat bindings in {@code hq_chats}, one document per group ({@code _id} = chat key). A binding is alive or dead
 * (the bot cannot post there); each change of that, and a move to a new chat id, is one guarded write that also
 * marks a notice to the admins as owed, so the admins are told once per change even across a crash.
 */
@org.springframework.stereotype.Repository
class MongoHqChats {

    /** What last happened to a binding, as the admins are told it. */
    enum Change {
        DEAD,
        ALIVE,
        MOVED
    }

    /**
     * A change the admins have not been told of yet.
     *
     * @param seq the binding's change counter when read; {@link #told} clears the notice only if it is unchanged
     */
    record Owed(HqChat chat, Change change, String why, String movedFrom, int seq) {}

    private final MongoCollection<Document> chats;

    MongoHqChats(MongoDatabase database) {
        this.chats = database.getCollection("hq_chats");
    }

    /** Binds (or re-binds) a group, alive; its region's open requests are posted by the next sweep. */
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

    /** Every binding, dead ones included. */
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

    /** The bot cannot post in the chat any more; true when this changed it (it was alive). */
    boolean markDead(String chatKey, String why, Instant at) {
        return chats.updateOne(
                                Filters.and(Filters.eq("_id", chatKey), Filters.ne("alive", false)),
                                changed(Change.DEAD, at, Updates.set("alive", false), Updates.set("why", why)))
                        .getModifiedCount()
                == 1;
    }

    /**
     * The bot may post in the chat again; true when this changed it (it was dead). Its region's open requests are
     * posted again where it lacks their cards.
     */
    boolean markAlive(String chatKey, Instant at) {
        return chats.updateOne(
                                Filters.and(Filters.eq("_id", chatKey), Filters.eq("alive", false)),
                                changed(
                                        Change.ALIVE,
                                        at,
                                        Updates.set("alive", true),
                                        Updates.unset("why"),
                                        Updates.set("backfilled", false)))
                        .getModifiedCount()
                == 1;
    }

    /**
     * The group goes on under a new key: the binding moves there, alive, and the region's open requests are posted
     * there by the next sweep. The new binding is written before the old one is removed, so a crash in between
     * leaves two (the old one fails and moves again), never none. A new chat already bound keeps its own binding.
     */
    Optional<HqChat> move(String oldKey, String newKey, Instant at) {
        Document old = chats.find(Filters.eq("_id", oldKey)).first();
        if (old == null) {
            return byChat(newKey);
        }
        if (chats.find(Filters.eq("_id", newKey)).first() == null) {
            Document moved = new Document("_id", newKey)
                    .append("region", old.getString("region"))
                    .append("language", old.getString("language"))
                    .append("boundBy", old.getString("boundBy"))
                    .append("boundAt", old.getDate("boundAt"))
                    .append("backfilled", false)
                    .append("alive", true)
                    .append("change", Change.MOVED.name())
                    .append("movedFrom", oldKey)
                    .append("changedAt", Date.from(at))
                    .append("noticeOwed", true)
                    .append("seq", old.getInteger("seq", 0) + 1);
            chats.replaceOne(Filters.eq("_id", newKey), moved, new ReplaceOptions().upsert(true));
        }
        chats.deleteOne(Filters.eq("_id", oldKey));
        return byChat(newKey);
    }

    /** Changes the admins have not been told of. */
    List<Owed> owed() {
        List<Owed> found = new ArrayList<>();
        chats.find(Filters.eq("noticeOwed", true))
                .forEach(d -> found.add(new Owed(
                        chat(d),
                        Change.valueOf(d.getString("change")),
                        d.getString("why"),
                        d.getString("movedFrom"),
                        d.getInteger("seq", 0))));
        return found;
    }

    /** The admins were told of the change read with {@code seq}; a later change stays owed. */
    void told(String chatKey, int seq) {
        chats.updateOne(
                Filters.and(Filters.eq("_id", chatKey), Filters.eq("seq", seq)), Updates.set("noticeOwed", false));
    }

    private static org.bson.conversions.Bson changed(Change change, Instant at, org.bson.conversions.Bson... more) {
        List<org.bson.conversions.Bson> updates = new ArrayList<>(List.of(more));
        updates.add(Updates.set("change", change.name()));
        updates.add(Updates.set("changedAt", Date.from(at)));
        updates.add(Updates.set("noticeOwed", true));
        updates.add(Updates.inc("seq", 1));
        return Updates.combine(updates);
    }

    private static HqChat chat(Document d) {
        return new HqChat(
                d.getString("_id"),
                d.getString("region"),
                d.getString("language"),
                !Boolean.FALSE.equals(d.getBoolean("alive")));
    }
}
