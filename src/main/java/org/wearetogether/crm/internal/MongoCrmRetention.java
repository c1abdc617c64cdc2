package org.wearetogether.crm.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionRules;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.storage.MongoExpiry;

/**
 * Webhook deliveries (a status change of a request, the holder's name) go after their period whether delivered, given
 * up or still failing (a CRM unreachable that long is not waited for); a revoked or expired API key's record (its
 * hash and who made it) after the audit's period, so the audit's key ids can be followed as long as the audit
 * lasts. Webhook settings are kept while switched on.
 */
@Repository
class MongoCrmRetention implements RetentionRules {

    private final MongoCollection<Document> deliveries;
    private final MongoCollection<Document> keys;
    private final RetentionSettings settings;

    MongoCrmRetention(MongoDatabase database, RetentionSettings settings) {
        this.deliveries = database.getCollection(MongoWebhookDeliveries.COLLECTION);
        this.keys = database.getCollection(MongoApiKeys.COLLECTION);
        this.settings = settings;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(
                new RetentionRule(
                        "webhook-deliveries",
                        MongoWebhookDeliveries.COLLECTION,
                        (now, limit) -> MongoExpiry.delete(
                                deliveries,
                                Filters.lt("createdAt", Date.from(now.minus(settings.webhookDeliveries()))),
                                limit)),
                new RetentionRule("crm-api-keys", MongoApiKeys.COLLECTION, (now, limit) -> {
                    Date before = Date.from(now.minus(settings.audit()));
                    return MongoExpiry.delete(
                            keys, Filters.or(Filters.lt("revokedAt", before), Filters.lt("expiresAt", before)), limit);
                }),
                RetentionRule.keptWhileNeeded("crm-webhooks", MongoWebhooks.COLLECTION));
    }
}
