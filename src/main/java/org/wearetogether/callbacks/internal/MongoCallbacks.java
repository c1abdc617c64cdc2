package org.wearetogether.callbacks.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.callbacks.internal.Callback.Card;
import org.wearetogether.callbacks.internal.Callback.Outcome;
import org.wearetogether.callbacks.internal.Callback.Post;
import org.wearetogether.callbacks.internal.Callback.Status;
import org.wearetogether.storage.MongoErrors;

/**
 * Callbacks in {@code callbacks}, one document each. {@code openFor} is the requester's chat key while the callback
 * is open and its own id after, under a unique index: one open callback per person, by the store. Changes of state
 * are written guarded by the version read; cards are added and removed beside them, never overwritten.
 */
@org.springframework.stereotype.Repository
class MongoCallbacks {

    static final String COLLECTION = "callbacks";

    private final MongoCollection<Document> callbacks;

    MongoCallbacks(MongoDatabase database) {
        this.callbacks = database.getCollection(COLLECTION);
        callbacks.createIndex(Indexes.ascending("openFor"), new IndexOptions().unique(true));
        callbacks.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        callbacks.createIndex(Indexes.ascending("dueAt"), new IndexOptions().sparse(true));
    }

    /** What came of {@link #insert}. */
    record Inserted(Callback callback, boolean created) {}

    /**
     * Stores a new callback; the one already stored when the same conversation asked before; empty when the person
     * has another one open.
     */
    Optional<Inserted> insert(Callback c) {
        try {
            callbacks.insertOne(toDocument(c));
            return Optional.of(new Inserted(c, true));
        } catch (MongoException e) {
            if (!MongoErrors.isDuplicateKey(e)) {
                throw e;
            }
        }
        Optional<Callback> same = byId(c.id());
        return same.map(s -> new Inserted(s, false));
    }

    Optional<Callback> byId(String id) {
        return Optional.ofNullable(callbacks.find(Filters.eq("_id", id)).first())
                .map(MongoCallbacks::fromDocument);
    }

    /** The person's open callback, found by the unique {@code openFor}. */
    Optional<Callback> openOf(String chatKey) {
        return Optional.ofNullable(
                        callbacks.find(Filters.eq("openFor", chatKey)).first())
                .map(MongoCallbacks::fromDocument);
    }

    /** Writes the state of {@code after} if the callback is still at {@code before}'s version; the new one or empty. */
    Optional<Callback> write(Callback before, Callback after) {
        List<Bson> set = new ArrayList<>();
        set.add(Updates.set("openFor", after.open() ? after.chatKey() : after.id()));
        set.add(Updates.set("status", after.status().name()));
        set.add(Updates.set(
                "outcome", after.outcome() == null ? null : after.outcome().name()));
        set.add(Updates.set("noAnswers", after.noAnswers()));
        set.add(Updates.set("dueAt", date(after.dueAt())));
        set.add(Updates.set("closedAt", date(after.closedAt())));
        set.add(Updates.set(
                "postOwed", after.postOwed() == null ? null : after.postOwed().name()));
        set.add(Updates.set("clean", after.clean()));
        set.add(Updates.set("notifyOwed", after.notifyOwed()));
        set.add(Updates.set("closedBy", after.closedBy()));
        set.add(Updates.set("closedById", after.closedById()));
        set.add(Updates.set("phone", after.phone()));
        set.add(Updates.set("firstName", after.firstName()));
        set.add(Updates.set("chatKey", after.chatKey()));
        set.add(Updates.set("userId", after.userId()));
        set.add(Updates.inc("version", 1L));
        long changed = callbacks
                .updateOne(
                        Filters.and(Filters.eq("_id", before.id()), Filters.eq("version", before.version())),
                        Updates.combine(set))
                .getModifiedCount();
        return changed == 1 ? byId(before.id()) : Optional.empty();
    }

    /** A card was posted: kept for cleaning; cleaned at once if the callback has left waiting meanwhile. */
    void cardPosted(String id, Card card) {
        callbacks.updateOne(Filters.eq("_id", id), Updates.push("cards", cardDocument(card)));
        callbacks.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.ne("status", Status.WAITING.name())),
                Updates.set("clean", true));
    }

    /** The cards owed by {@code c} are out (guarded: a change meanwhile owes its own). */
    void posted(Callback c) {
        callbacks.updateOne(
                Filters.and(Filters.eq("_id", c.id()), Filters.eq("version", c.version())),
                Updates.combine(Updates.set("postOwed", null), Updates.inc("version", 1L)));
    }

    /** A card now shows its stub (or was given up): no longer kept. */
    void cleaned(String id, Card card) {
        callbacks.updateOne(Filters.eq("_id", id), Updates.pull("cards", cardDocument(card)));
        callbacks.updateOne(Filters.and(Filters.eq("_id", id), Filters.size("cards", 0)), Updates.set("clean", false));
    }

    void notified(String id) {
        callbacks.updateOne(Filters.eq("_id", id), Updates.set("notifyOwed", false));
    }

    List<Callback> due(Instant now, int limit) {
        return find(Filters.lte("dueAt", date(now)), limit);
    }

    List<Callback> postsOwed(int limit) {
        return find(Filters.in("postOwed", Post.NEW.name(), Post.RETRY.name(), Post.LATE.name()), limit);
    }

    List<Callback> toClean(int limit) {
        return find(Filters.eq("clean", true), limit);
    }

    List<Callback> notificationsOwed(int limit) {
        return find(Filters.eq("notifyOwed", true), limit);
    }

    /** Every callback of a chat (a scan: the collection holds at most a month of callbacks). */
    List<Callback> byChat(String chatKey) {
        return find(Filters.eq("chatKey", chatKey), Integer.MAX_VALUE);
    }

    /** Closed callbacks whose cards are all cleaned and that closed before {@code cutoff}, deleted; how many. */
    int deleteClosedBefore(Instant cutoff, int limit) {
        int deleted = 0;
        for (Callback c : find(
                Filters.and(
                        Filters.eq("status", Status.CLOSED.name()),
                        Filters.lt("closedAt", date(cutoff)),
                        Filters.eq("clean", false)),
                limit)) {
            deleted += (int) callbacks
                    .deleteOne(Filters.and(Filters.eq("_id", c.id()), Filters.eq("version", c.version())))
                    .getDeletedCount();
        }
        return deleted;
    }

    private List<Callback> find(Bson filter, int limit) {
        List<Callback> found = new ArrayList<>();
        callbacks.find(filter).limit(limit).forEach(d -> found.add(fromDocument(d)));
        return found;
    }

    static Document toDocument(Callback c) {
        return new Document("_id", c.id())
                .append("openFor", c.open() ? c.chatKey() : c.id())
                .append("chatKey", c.chatKey())
                .append("userId", c.userId())
                .append("firstName", c.firstName())
                .append("language", c.language())
                .append("phone", c.phone())
                .append("region", c.region())
                .append("status", c.status().name())
                .append("outcome", c.outcome() == null ? null : c.outcome().name())
                .append("noAnswers", c.noAnswers())
                .append("createdAt", date(c.createdAt()))
                .append("dueAt", date(c.dueAt()))
                .append("closedAt", date(c.closedAt()))
                .append("postOwed", c.postOwed() == null ? null : c.postOwed().name())
                .append(
                        "cards",
                        c.cards().stream().map(MongoCallbacks::cardDocument).toList())
                .append("clean", c.clean())
                .append("notifyOwed", c.notifyOwed())
                .append("closedBy", c.closedBy())
                .append("closedById", c.closedById())
                .append("version", c.version());
    }

    static Callback fromDocument(Document d) {
        List<Card> cards = d.getList("cards", Document.class, List.of()).stream()
                .map(k -> new Card(k.getString("chat"), k.getString("msg"), k.getString("lang")))
                .toList();
        String outcome = d.getString("outcome");
        String post = d.getString("postOwed");
        return new Callback(
                d.getString("_id"),
                d.getString("chatKey"),
                d.getString("userId"),
                d.getString("firstName"),
                d.getString("language"),
                d.getString("phone"),
                d.getString("region"),
                Status.valueOf(d.getString("status")),
                outcome == null ? null : Outcome.valueOf(outcome),
                d.getInteger("noAnswers", 0),
                instant(d.getDate("createdAt")),
                instant(d.getDate("dueAt")),
                instant(d.getDate("closedAt")),
                post == null ? null : Post.valueOf(post),
                cards,
                Boolean.TRUE.equals(d.getBoolean("clean")),
                Boolean.TRUE.equals(d.getBoolean("notifyOwed")),
                d.getString("closedBy"),
                d.getString("closedById"),
                d.get("version", Number.class).longValue());
    }

    private static Document cardDocument(Card card) {
        return new Document("chat", card.chatKey())
                .append("msg", card.messageId())
                .append("lang", card.language());
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Date at) {
        return at == null ? null : at.toInstant();
    }
}
