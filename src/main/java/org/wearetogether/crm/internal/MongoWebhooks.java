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

/**
 * The {@code crm_webhooks} collection: one document per region; switched off webhooks are kept for the record. Signing
 * secrets are stored sealed ({@link WebhookSecrets}), never in plain text.
 */
@Repository
class MongoWebhooks {

    static final String COLLECTION = "crm_webhooks";

    private final MongoCollection<Document> webhooks;
    private final WebhookSecrets secrets;

    MongoWebhooks(MongoDatabase database, WebhookSecrets secrets) {
        this.webhooks = database.getCollection(COLLECTION);
        this.secrets = secrets;
        MongoIndexes.ensure(webhooks, new IndexModel(Indexes.ascending("region"), new IndexOptions().unique(true)));
        sealPlainSecrets();
    }

    /**
     * Webhooks set before secrets were encrypted kept them in plain text: with the key present they are sealed in
     * place (the same secret, so CRMs need not change anything). Returns how many were sealed.
     */
    int sealPlainSecrets() {
        if (!secrets.available()) {
            return 0;
        }
        int sealed = 0;
        for (Document d : webhooks.find(Filters.and(
                Filters.exists("secret", true), Filters.not(Filters.regex("secret", "^" + SecretBox.PREFIX))))) {
            String plain = d.getString("secret");
            sealed += (int) webhooks.updateOne(
                            Filters.and(Filters.eq("region", d.getString("region")), Filters.eq("secret", plain)),
                            Updates.set("secret", secrets.seal(plain)))
                    .getModifiedCount();
        }
        return sealed;
    }

    /** Sets (or replaces) the region's webhook; a replaced secret stops signing at once. */
    void set(Webhook w) {
        set(w, w.createdAt());
    }

    /**
     * Sets (or replaces) the region's webhook; the secret of an active one it replaces keeps signing beside the new one
     * until {@code previousUntil}, so the CRM can switch secrets without losing a delivery. The secret is stored sealed.
     */
    void set(Webhook w, Instant previousUntil) {
        Document current = webhooks.find(active(w.region())).first();
        Bson previous = current == null || !previousUntil.isAfter(w.createdAt())
                ? Updates.combine(Updates.unset("previousSecret"), Updates.unset("previousUntil"))
                : Updates.combine(
                        Updates.set("previousSecret", current.getString("secret")),
                        Updates.set("previousUntil", Date.from(previousUntil)));
        webhooks.updateOne(
                Filters.eq("region", w.region()),
                Updates.combine(
                        Updates.set("active", true),
                        Updates.set("url", w.url()),
                        Updates.set("secret", secrets.seal(w.secret())),
                        previous,
                        Updates.set("createdBy", w.createdBy()),
                        Updates.set("createdAt", Date.from(w.createdAt())),
                        Updates.set("sweptUpTo", Date.from(w.sweptUpTo())),
                        Updates.unset("offBy"),
                        Updates.unset("offAt")),
                new UpdateOptions().upsert(true));
    }

    /** Switches the region's webhook off and forgets its secrets; false when it had none. */
    boolean off(String region, String by, Instant at) {
        Bson update = Updates.combine(
                Updates.set("active", false),
                Updates.set("offBy", by),
                Updates.set("offAt", Date.from(at)),
                Updates.unset("secret"),
                Updates.unset("previousSecret"),
                Updates.unset("previousUntil"));
        return webhooks.updateOne(active(region), update).getModifiedCount() == 1;
    }

    Optional<Webhook> byRegion(String region) {
        return Optional.ofNullable(webhooks.find(active(region)).first()).map(this::fromDocument);
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

    private Webhook fromDocument(Document d) {
        Date previousUntil = d.getDate("previousUntil");
        return new Webhook(
                d.getString("region"),
                d.getString("url"),
                secrets.open(d.getString("secret")).orElse(null),
                d.getString("createdBy"),
                d.getDate("createdAt").toInstant(),
                d.getDate("sweptUpTo").toInstant(),
                secrets.open(d.getString("previousSecret")).orElse(null),
                previousUntil == null ? null : previousUntil.toInstant());
    }
}
