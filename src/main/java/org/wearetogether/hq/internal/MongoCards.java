package org.wearetogether.hq.internal;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Posted cards in {@code hq_cards}, unique on number and chat, so a request has at most one card per chat. */
@org.springframework.stereotype.Repository
class MongoCards {

    private final MongoCollection<Document> cards;

    MongoCards(MongoDatabase database) {
        this.cards = database.getCollection("hq_cards");
        cards.createIndex(Indexes.ascending("number", "chatKey"), new IndexOptions().unique(true));
    }

    boolean has(String number, String chatKey) {
        return cards.find(Filters.and(Filters.eq("number", number), Filters.eq("chatKey", chatKey)))
                        .first()
                != null;
    }

    /** Stores a posted card; false when one was stored already (another sweep posted it too). */
    boolean save(Card card) {
        Document d = new Document("number", card.number())
                .append("chatKey", card.chatKey())
                .append("language", card.language());
        if (card.messageId() != null) {
            d.append("messageId", card.messageId());
        }
        try {
            cards.insertOne(d);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Every stored card, for the one-time copy into {@code hq_messages} (a scan, run once). */
    void forEach(java.util.function.Consumer<Card> action) {
        cards.find().forEach(d -> action.accept(card(d)));
    }

    private static Card card(Document d) {
        return new Card(
                d.getString("number"), d.getString("chatKey"), d.getString("messageId"), d.getString("language"));
    }

    /** The cards of a request: a scan on the embedded store (the index is on number and chat), so not for hot paths. */
    List<Card> of(String number) {
        List<Card> found = new ArrayList<>();
        cards.find(Filters.eq("number", number))
                .forEach(d -> found.add(new Card(
                        d.getString("number"),
                        d.getString("chatKey"),
                        d.getString("messageId"),
                        d.getString("language"))));
        return found;
    }
}
