package org.wearetogether.crm.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import org.wearetogether.storage.MongoIndexes;

/** The {@code crm_webhooks} collection: one document per region; switched off webhooks are kept for the record. */
@Repository
class MongoWebhooks {

    static final String COLLECTION = "crm_webhooks";

    private final MongoCollection<Document> webhooks;

    MongoWebhooks(MongoDatabase database) {
        this.webhooks = database.getCollection(COLLECTION);
        MongoIndexes.ensure(webhooks, new IndexModel(Indexes.ascending("region"), new IndexOptions().unique(true)));
    }

    /** Sets (or replaces) the region's webhook. */
    void set(Webhook w) {
        webhooks.updateOne(
                Filters.eq("region", w.region()),
                Updates.combine(
                        Updates.set("active", true),
                        Updates.set("url", w.url()),
                        Updates.set("secret", w.secret()),
                        Updates.set("createdBy", w.createdBy()),
                        Updates.set("createdAt", Date.from(w.createdAt())),
                        Updates.set("sweptUpTo", Date.from(w.sweptUpTo())),
                        Updates.unset("offBy"),
                        Updates.unset("offAt")),
                new UpdateOptions().upsert(true));
    }

    /** Switches the region's webhook off; false when it had none. */
    boolean off(String region, String by, Instant at) {
        Bson update = Updates.combine(
                Updates.set("active", false), Updates.set("offBy", by), Updates.set("offAt", Date.from(at)));
        return webhooks.updateOne(active(region), update).getModifiedCount() == 1;
    }

    Optional<Webhook> byRegion(String region) {
        return Optional.ofNullable(webhooks.find(active(region)).first()).map(MongoWebhooks::fromDocument);
    }

    List<Webhook> all() {
        List<Webhook> found = new ArrayList<>();
        webhooks.find(Filters.eq("active", true)).forEach(d -> found.add(fromDocument(d)));
        return found;
    }

    /** Moves the sweep cursor forward (never back). */
    void sweptUpTo(String region, Instant upTo) {
        webhooks.updateOne(
                Filters.and(active(region), Filters.lt("sweptUpTo", Date.from(upTo))),
                Updates.set("sweptUpTo", Date.from(upTo)));
    }

    private static Bson active(String region) {
        return Filters.and(Filters.eq("region", region), Filters.eq("active", true));
    }

    private static Webhook fromDocument(Document d) {
        return new Webhook(
                d.getString("region"),
                d.getString("url"),
                d.getString("secret"),
                d.getString("createdBy"),
                d.getDate("createdAt").toInstant(),
                d.getDate("sweptUpTo").toInstant());
    }
}
