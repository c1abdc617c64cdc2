package org.wearetogether.hq.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;

/**
 * Every message the bot posted about a request to HQ chats and staff, and how far cleaning them has come: one document
 * per request in {@code hq_messages}, keyed by the request's number ({@code _id}), so that both the embedded store and
 * MongoDB read and write it by its unique key alone. A message is added with {@code $addToSet} of its immutable
 * description (chat, id, language, kind), so storing it twice keeps one. A cleaned message is removed from the list
 * (only a count stays: no chat ids are kept longer than needed); one given up is moved to {@code givenUp} (its chat
 * and message id, for whoever wants to delete it by hand). The requests whose messages are due for cleaning wait in {@code hq_cleaning} (also
 * keyed by number), which holds only the pending ones, so the sweep reads a small collection.
 */
@org.springframework.stereotype.Repository
class MongoPostedMessages {

    /**
     * The messages of a request not yet cleaned, how it ended (null while open), how many were cleaned and which were
     * given up.
     */
    record Posted(
            String number,
            List<PostedMessage> messages,
            RequestEnd end,
            String reasonId,
            int cleaned,
            Set<String> givenUp) {

        /** The messages still to be cleaned. */
        List<PostedMessage> pending() {
            return messages.stream().filter(m -> !givenUp.contains(m.key())).toList();
        }
    }

    /** A request whose messages are due for cleaning, and how many passes failed for a passing reason so far. */
    record Due(String number, int tries) {}

    private static final String CARDS_COPIED = "cards-copied-to-hq_messages";

    private final MongoCollection<Document> messages;
    private final MongoCollection<Document> cleaning;
    private final MongoCollection<Document> marks;

    MongoPostedMessages(MongoDatabase database) {
        this.messages = database.getCollection("hq_messages");
        this.cleaning = database.getCollection("hq_cleaning");
        this.marks = database.getCollection("hq_marks");
    }

    /** Whether the cards of earlier versions ({@code hq_cards} only) were copied here. */
    boolean cardsCopied() {
        return marks.find(Filters.eq("_id", CARDS_COPIED)).first() != null;
    }

    void markCardsCopied() {
        marks.updateOne(Filters.eq("_id", CARDS_COPIED), Updates.set("done", true), new UpdateOptions().upsert(true));
    }

    /** Stores a posted message; true when its request has ended already (so it must be cleaned too). */
    boolean record(String number, PostedMessage message) {
        Document after = messages.findOneAndUpdate(
                Filters.eq("_id", number),
                Updates.addToSet("messages", element(message)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return after != null && after.getString("end") != null;
    }

    Optional<Posted> of(String number) {
        Document d = messages.find(Filters.eq("_id", number)).first();
        return Optional.ofNullable(d).map(MongoPostedMessages::posted);
    }

    /**
     * Marks how the request ended; an end marked earlier stays (a request erased after it was done still reads
     * "done"). With {@code onlyIfPosted} nothing is stored for a request that has no messages.
     *
     * @return whether the request has messages (then they are to be cleaned)
     */
    boolean end(String number, RequestEnd end, String reasonId, boolean onlyIfPosted) {
        Document d = messages.find(Filters.eq("_id", number)).first();
        if (d == null && onlyIfPosted) {
            return false;
        }
        if (d == null || d.getString("end") == null) {
            messages.updateOne(
                    Filters.eq("_id", number),
                    Updates.combine(Updates.set("end", end.name()), Updates.set("reason", reasonId)),
                    new UpdateOptions().upsert(true));
        }
        return d != null;
    }

    void cleaned(String number, PostedMessage message) {
        messages.updateOne(
                Filters.eq("_id", number),
                Updates.combine(Updates.pull("messages", element(message)), Updates.inc("cleaned", 1)));
    }

    void givenUp(String number, PostedMessage message) {
        messages.updateOne(
                Filters.eq("_id", number),
                Updates.combine(
                        Updates.pull("messages", element(message)), Updates.addToSet("givenUp", message.key())));
    }

    private static Document element(PostedMessage message) {
        return new Document("chat", message.chatKey())
                .append("id", message.messageId())
                .append("lang", message.language())
                .append("kind", message.kind().name());
    }

    /** Asks for the request's messages to be cleaned at {@code at}; a claim held on it is dropped, so it runs again. */
    void due(String number, Instant at) {
        cleaning.updateOne(
                Filters.eq("_id", number),
                Updates.combine(
                        Updates.set("dueAt", Date.from(at)), Updates.unset("claim"), Updates.setOnInsert("tries", 0)),
                new UpdateOptions().upsert(true));
    }

    /** The requests due for cleaning at {@code now}, oldest first is not promised. */
    List<Due> dueAt(Instant now, int limit) {
        List<Due> found = new ArrayList<>();
        cleaning.find(Filters.lte("dueAt", Date.from(now)))
                .limit(limit)
                .forEach(d -> found.add(new Due(d.getString("_id"), d.getInteger("tries", 0))));
        return found;
    }

    /**
     * Claims a due request until {@code until} (a crash in the middle leaves it due again then) and returns the claim:
     * a later {@link #due} (a message posted meanwhile) drops it, so finishing cannot lose that message.
     */
    String claim(String number, Instant until) {
        String claim = UUID.randomUUID().toString();
        cleaning.updateOne(
                Filters.eq("_id", number),
                Updates.combine(Updates.set("dueAt", Date.from(until)), Updates.set("claim", claim)));
        return claim;
    }

    /** Every message of the request is done with: it is no longer due, unless asked again since the claim. */
    void finished(String number, String claim) {
        cleaning.deleteOne(Filters.and(Filters.eq("_id", number), Filters.eq("claim", claim)));
    }

    /** Some messages failed for a passing reason: tried again at {@code at}. */
    void later(String number, String claim, Instant at, int tries) {
        cleaning.updateOne(
                Filters.and(Filters.eq("_id", number), Filters.eq("claim", claim)),
                Updates.combine(
                        Updates.set("dueAt", Date.from(at)), Updates.set("tries", tries), Updates.unset("claim")));
    }

    private static Posted posted(Document d) {
        List<PostedMessage> list = new ArrayList<>();
        for (Document m : d.getList("messages", Document.class, List.of())) {
            list.add(new PostedMessage(
                    m.getString("chat"),
                    m.getString("id"),
                    m.getString("lang"),
                    PostedMessage.Kind.valueOf(m.getString("kind"))));
        }
        String end = d.getString("end");
        return new Posted(
                d.getString("_id"),
                list,
                end == null ? null : RequestEnd.valueOf(end),
                d.getString("reason"),
                d.getInteger("cleaned", 0),
                new HashSet<>(d.getList("givenUp", String.class, List.of())));
    }
}
