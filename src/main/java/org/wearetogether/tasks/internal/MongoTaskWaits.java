package org.wearetogether.tasks.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * What a person's next typed message means, in {@code task_waits} (one per chat, the latest press wins): a name to
 * search for while a coordinator picks a volunteer for a request, or a volunteer's reason for a decline or a
 * "cannot do". Stored, so a restart does not forget it; it lapses after {@link #WAIT}.
 */
@org.springframework.stereotype.Repository
class MongoTaskWaits {

    static final java.time.Duration WAIT = java.time.Duration.ofHours(1);

    /** What the text will be read as. */
    enum Kind {
        SEARCH,
        DECLINE,
        CANNOT
    }

    /**
     * A wait.
     *
     * @param subject the request number (SEARCH) or the task id (DECLINE, CANNOT)
     * @param search the last search term of a SEARCH (may be null)
     */
    record Wait(Kind kind, String subject, String search) {}

    private final MongoCollection<Document> waits;

    MongoTaskWaits(MongoDatabase database) {
        this.waits = database.getCollection("task_waits");
    }

    void await(String chatKey, Kind kind, String subject, Instant now) {
        waits.replaceOne(
                Filters.eq("_id", chatKey),
                new Document("_id", chatKey)
                        .append("kind", kind.name())
                        .append("subject", subject)
                        .append("until", Date.from(now.plus(WAIT))),
                new ReplaceOptions().upsert(true));
    }

    void searched(String chatKey, String search) {
        waits.updateOne(Filters.eq("_id", chatKey), Updates.set("search", search));
    }

    Optional<Wait> of(String chatKey, Instant now) {
        Document d = waits.find(Filters.and(Filters.eq("_id", chatKey), Filters.gt("until", Date.from(now))))
                .first();
        return d == null
                ? Optional.empty()
                : Optional.of(
                        new Wait(Kind.valueOf(d.getString("kind")), d.getString("subject"), d.getString("search")));
    }

    void clear(String chatKey) {
        waits.deleteOne(Filters.eq("_id", chatKey));
    }
}
