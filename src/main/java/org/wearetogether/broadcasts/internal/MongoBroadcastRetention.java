package org.wearetogether.broadcasts.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionRules;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.storage.MongoExpiry;

/**
 * A finished broadcast's ledger (every recipient's chat key and what came of the send) goes after the ledgers'
 * period; the broadcast itself (its text, author and report) after the broadcasts' period; an unsent draft when it
 * is unused. Opt-outs are kept while the person wants no news (they end with {@code /news} or {@code /forget_me}).
 */
@Repository
class MongoBroadcastRetention implements RetentionRules {

    private static final String LEDGER_GONE = "ledgerDeletedAt";

    private final MongoCollection<Document> broadcasts;
    private final MongoCollection<Document> ledger;
    private final MongoCollection<Document> drafts;
    private final RetentionSettings settings;

    MongoBroadcastRetention(MongoDatabase database, RetentionSettings settings) {
        this.broadcasts = database.getCollection("broadcasts");
        this.ledger = database.getCollection("broadcast_ledger");
        this.drafts = database.getCollection("broadcast_drafts");
        this.settings = settings;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(
                new RetentionRule("broadcast-ledgers", "broadcast_ledger", this::deleteLedgers),
                new RetentionRule("broadcasts", "broadcasts", this::deleteBroadcasts),
                new RetentionRule(
                        "broadcast-drafts",
                        "broadcast_drafts",
                        (now, limit) -> MongoExpiry.delete(
                                drafts, Filters.lt("at", Date.from(now.minus(settings.unused()))), limit)),
                RetentionRule.keptWhileNeeded("broadcast-optouts", "broadcast_optouts"),
                RetentionRule.keptWhileNeeded("broadcast-counters", "broadcast_counters"));
    }

    /** One finished broadcast at a time: its chunks, then the mark that they are gone. */
    private int deleteLedgers(Instant now, int limit) {
        Bson due = Filters.and(
                Filters.lt("finished", Date.from(now.minus(settings.ledgers()))), Filters.exists(LEDGER_GONE, false));
        int deleted = 0;
        for (Object id : ids(due, limit)) {
            deleted += (int) ledger.deleteMany(Filters.eq("b", id)).getDeletedCount();
            broadcasts.updateOne(Filters.eq("_id", id), Updates.set(LEDGER_GONE, Date.from(now)));
        }
        return deleted;
    }

    private int deleteBroadcasts(Instant now, int limit) {
        Bson due = Filters.lt("finished", Date.from(now.minus(settings.broadcasts())));
        int deleted = 0;
        for (Object id : ids(due, limit)) {
            ledger.deleteMany(Filters.eq("b", id));
            deleted += (int) broadcasts.deleteOne(Filters.eq("_id", id)).getDeletedCount();
        }
        return deleted;
    }

    private List<Object> ids(Bson filter, int limit) {
        List<Object> ids = new ArrayList<>();
        broadcasts
                .find(filter)
                .projection(Projections.include("_id"))
                .limit(limit)
                .forEach(d -> ids.add(d.get("_id")));
        return ids;
    }
}
