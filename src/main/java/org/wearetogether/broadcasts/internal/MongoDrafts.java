package org.wearetogether.broadcasts.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** Drafts in {@code broadcast_drafts}, one per author ({@code _id} = user id). */
@org.springframework.stereotype.Repository
class MongoDrafts {

    private final MongoCollection<Document> drafts;

    MongoDrafts(MongoDatabase database) {
        this.drafts = database.getCollection("broadcast_drafts");
    }

    Optional<Draft> of(String author) {
        Document d = drafts.find(Filters.eq("_id", author)).first();
        if (d == null) {
            return Optional.empty();
        }
        Document post = d.get("post", Document.class);
        return Optional.of(new Draft(
                author,
                ((Number) d.get("no")).longValue(),
                post == null ? null : MongoBroadcasts.post(post),
                MongoBroadcasts.audience(d.get("aud", Document.class)),
                d.getBoolean("urgent", false)));
    }

    void save(Draft draft, Instant at) {
        Document d = new Document("_id", draft.author())
                .append("no", draft.no())
                .append("aud", MongoBroadcasts.audienceDocument(draft.audience()))
                .append("urgent", draft.urgent())
                .append("at", Date.from(at));
        if (draft.post() != null) {
            d.append("post", MongoBroadcasts.postDocument(draft.post()));
        }
        drafts.replaceOne(Filters.eq("_id", draft.author()), d, new ReplaceOptions().upsert(true));
    }

    /** Deletes the author's draft if it is still the one numbered {@code no}. */
    void delete(String author, long no) {
        drafts.deleteOne(Filters.and(Filters.eq("_id", author), Filters.eq("no", no)));
    }

    /** Deletes whatever draft the author has. */
    void deleteAny(String author) {
        drafts.deleteOne(Filters.eq("_id", author));
    }
}
