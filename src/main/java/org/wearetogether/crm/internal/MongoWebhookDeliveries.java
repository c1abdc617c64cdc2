package org.wearetogether.crm.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import org.wearetogether.storage.MongoErrors;
import org.wearetogether.storage.MongoIndexes;

/**
 * The {@code webhook_deliveries} collection, the durable outbox of webhooks: one document per (region, number, seq),
 * kept unique by an index so that the event listener and the sweep may both add the same change.
 */
@Repository
class MongoWebhookDeliveries {

    static final String COLLECTION = "webhook_deliveries";

    private final MongoCollection<Document> deliveries;

    MongoWebhookDeliveries(MongoDatabase database) {
        this.deliveries = database.getCollection(COLLECTION);
        MongoIndexes.ensure(
                deliveries,
                new IndexModel(Indexes.ascending("region", "number", "seq"), new IndexOptions().unique(true)),
                new IndexModel(Indexes.ascending("pending", "nextAttemptAt")));
    }

    /** Adds a delivery unless this change has one already; true when added. */
    boolean add(String region, String number, int seq, String body, Instant at) {
        try {
            deliveries.insertOne(new Document("region", region)
                    .append("number", number)
                    .append("seq", seq)
                    .append("body", body)
                    .append("pending", true)
                    .append("attempts", 0)
                    .append("createdAt", Date.from(at))
                    .append("nextAttemptAt", Date.from(at)));
            return true;
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * An erased request's stored deliveries (pending or sent) lose their comments and the requester's id and name; returns how many changed. Read and
     * rewritten one by one: a few per request.
     */
    int dropComments(String number) {
        int changed = 0;
        for (Document d : deliveries.find(Filters.eq("number", number))) {
            String body = WebhookPayload.withoutComment(d.getString("body"));
            if (body.equals(d.getString("body"))) {
                continue;
            }
            changed += (int) deliveries
                    .updateOne(Filters.eq("_id", d.get("_id")), Updates.set("body", body))
                    .getModifiedCount();
        }
        return changed;
    }

    /**
     * Claims the pending delivery due soonest, pushing its next attempt {@code lease} ahead so that another
     * instance does not send it at the same time (a crash mid-send leaves it due again after the lease).
     */
    Optional<WebhookDelivery> claimDue(Instant now, java.time.Duration lease) {
        Document claimed = deliveries.findOneAndUpdate(
                Filters.and(Filters.eq("pending", true), Filters.lte("nextAttemptAt", Date.from(now))),
                Updates.set("nextAttemptAt", Date.from(now.plus(lease))),
                new FindOneAndUpdateOptions()
                        .sort(Sorts.ascending("nextAttemptAt"))
                        .returnDocument(ReturnDocument.BEFORE));
        return Optional.ofNullable(claimed).map(MongoWebhookDeliveries::fromDocument);
    }

    void delivered(WebhookDelivery d, Instant at) {
        deliveries.updateOne(
                key(d),
                Updates.combine(
                        Updates.set("pending", false),
                        Updates.set("deliveredAt", Date.from(at)),
                        Updates.inc("attempts", 1),
                        Updates.unset("lastError")));
    }

    void failed(WebhookDelivery d, String error, Instant nextAttemptAt) {
        deliveries.updateOne(
                key(d),
                Updates.combine(
                        Updates.set("nextAttemptAt", Date.from(nextAttemptAt)),
                        Updates.inc("attempts", 1),
                        Updates.set("lastError", error)));
    }

    /** Gives a delivery up because its region's webhook was switched off. */
    void dropped(WebhookDelivery d, Instant at) {
        deliveries.updateOne(
                key(d), Updates.combine(Updates.set("pending", false), Updates.set("droppedAt", Date.from(at))));
    }

    private static Bson key(WebhookDelivery d) {
        return Filters.and(
                Filters.eq("region", d.region()), Filters.eq("number", d.number()), Filters.eq("seq", d.seq()));
    }

    private static WebhookDelivery fromDocument(Document d) {
        return new WebhookDelivery(
                d.getString("region"),
                d.getString("number"),
                d.getInteger("seq"),
                d.getString("body"),
                d.getInteger("attempts", 0),
                d.getDate("nextAttemptAt").toInstant());
    }
}
