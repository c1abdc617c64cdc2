package org.wearetogether.access.internal;

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

/** Audit entries (who did what to which request, with their Telegram id) go after a year; roles last while held. */
@Repository
class MongoAccessRetention implements RetentionRules {

    private final MongoCollection<Document> audit;
    private final RetentionSettings settings;

    MongoAccessRetention(MongoDatabase database, RetentionSettings settings) {
        this.audit = database.getCollection(MongoAudit.COLLECTION);
        this.settings = settings;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(
                new RetentionRule(
                        "audit",
                        MongoAudit.COLLECTION,
                        (now, limit) -> MongoExpiry.delete(
                                audit, Filters.lt("at", Date.from(now.minus(settings.audit()))), limit)),
                RetentionRule.keptWhileNeeded("roles", MongoRoles.COLLECTION));
    }
}
