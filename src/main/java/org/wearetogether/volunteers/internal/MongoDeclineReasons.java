package org.wearetogether.volunteers.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * A coordinator who pressed Decline and may type the reason as their next message ({@code volunteer_reasons},
 * {@code _id} = the coordinator's user id, waited for {@link #WAIT}).
 */
@org.springframework.stereotype.Repository
class MongoDeclineReasons {

    static final Duration WAIT = Duration.ofMinutes(30);

    private final MongoCollection<Document> waits;

    MongoDeclineReasons(MongoDatabase database) {
        this.waits = database.getCollection("volunteer_reasons");
    }

    void await(String coordinatorId, String volunteerId, int round, Instant now) {
        waits.replaceOne(
                Filters.eq("_id", coordinatorId),
                new Document("_id", coordinatorId)
                        .append("volunteer", volunteerId)
                        .append("round", round)
                        .append("until", Date.from(now.plus(WAIT))),
                new ReplaceOptions().upsert(true));
    }

    /** Whose decline this coordinator's next message explains, if they are still expected to write one. */
    Optional<Awaited> awaited(String coordinatorId, Instant now) {
        Document d = waits.find(Filters.eq("_id", coordinatorId)).first();
        if (d == null || !d.getDate("until").toInstant().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new Awaited(d.getString("volunteer"), d.getInteger("round", 0)));
    }

    void stopWaiting(String coordinatorId) {
        waits.deleteOne(Filters.eq("_id", coordinatorId));
    }

    /** Stops waiting only when the reason awaited is for this volunteer. */
    void stopWaiting(String coordinatorId, String volunteerId) {
        waits.deleteOne(Filters.and(Filters.eq("_id", coordinatorId), Filters.eq("volunteer", volunteerId)));
    }

    /** A volunteer was forgotten: no coordinator still waits to type a reason about them. */
    void forgetVolunteer(String volunteerId) {
        waits.deleteMany(Filters.eq("volunteer", volunteerId));
    }

    record Awaited(String volunteerId, int round) {}
}
