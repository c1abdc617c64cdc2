package org.wearetogether.access.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import org.wearetogether.access.Audit;

/** The audit trail in the {@code audit} collection: append-only, one document per action. */
@Repository
class MongoAudit implements Audit {

    static final String COLLECTION = "audit";

    private static final Logger log = LoggerFactory.getLogger(MongoAudit.class);

    private final MongoCollection<Document> audit;

    MongoAudit(MongoDatabase database) {
        this.audit = database.getCollection(COLLECTION);
    }

    @Override
    public void record(Entry e) {
        Document d = new Document("actorId", e.actorId())
                .append("actorName", e.actorName())
                .append("action", e.action())
                .append("subject", e.subject())
                .append("at", Date.from(e.at()));
        if (e.details() != null) {
            d.append("details", e.details());
        }
        try {
            audit.insertOne(d);
        } catch (RuntimeException ex) {
            log.error("Could not record in the audit: {}", e, ex);
        }
    }

    @Override
    public long pseudonymise(String id, String pseudonym) {
        long byThem = audit.updateMany(
                        Filters.eq("actorId", id),
                        Updates.combine(Updates.set("actorId", pseudonym), Updates.set("actorName", pseudonym)))
                .getModifiedCount();
        long aboutThem = audit.updateMany(
                        Filters.eq("subject", id),
                        Updates.combine(Updates.set("subject", pseudonym), Updates.unset("details")))
                .getModifiedCount();
        long naming = audit.updateMany(Filters.eq("details", id), Updates.set("details", pseudonym))
                .getModifiedCount();
        return byThem + aboutThem + naming;
    }

    @Override
    public List<Entry> about(String subject, int limit) {
        List<Entry> found = new ArrayList<>();
        audit.find(Filters.eq("subject", subject))
                .sort(Sorts.ascending("at"))
                .limit(limit)
                .forEach(d -> found.add(new Entry(
                        d.getString("actorId"),
                        d.getString("actorName"),
                        d.getString("action"),
                        d.getString("subject"),
                        d.getString("details"),
                        d.getDate("at").toInstant())));
        return found;
    }
}
