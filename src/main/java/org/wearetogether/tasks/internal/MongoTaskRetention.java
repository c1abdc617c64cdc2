package org.wearetogether.tasks.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionRules;
import org.wearetogether.jobs.RetentionSettings;
import org.wearetogether.storage.MongoExpiry;
import org.wearetogether.tasks.TaskState;

/**
 * Task offers (the volunteer's ids and first name, the holder's, the request number, a reason they gave) go when
 * they have ended for the period; a live one left behind by a request that ended without withdrawing it goes after
 * the stale period on top. A wait for a typed answer goes as soon as it has lapsed.
 */
@Repository
class MongoTaskRetention implements RetentionRules {

    private final MongoCollection<Document> tasks;
    private final MongoCollection<Document> waits;
    private final RetentionSettings settings;

    MongoTaskRetention(MongoDatabase database, RetentionSettings settings) {
        this.tasks = database.getCollection("tasks");
        this.waits = database.getCollection("task_waits");
        this.settings = settings;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(
                new RetentionRule("tasks", "tasks", (now, limit) -> MongoExpiry.delete(tasks, expired(now), limit)),
                new RetentionRule(
                        "task-waits",
                        "task_waits",
                        (now, limit) -> MongoExpiry.delete(waits, Filters.lt("until", Date.from(now)), limit)));
    }

    private Bson expired(Instant now) {
        List<String> live = Arrays.stream(TaskState.values())
                .filter(TaskState::live)
                .map(Enum::name)
                .toList();
        Date ended = Date.from(now.minus(settings.tasks()));
        Date forgotten = Date.from(now.minus(settings.tasks().plus(settings.staleRequests())));
        return Filters.or(
                Filters.and(Filters.nin("state", live), Filters.lt("updatedAt", ended)),
                Filters.lt("updatedAt", forgotten));
    }
}
