package org.wearetogether.console.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One-time login links ({@code console_logins}): one document per link, {@code _id} = SHA-256 of its token (the token
 * itself is only in the message the bot sent). Using a link is one {@code findOneAndDelete} by {@code _id}: of two
 * clicks at once exactly one gets the login, and nothing of a used link stays. Links never used are deleted by the
 * retention rule after they expire.
 */
@Repository
class MongoConsoleLogins {

    static final String COLLECTION = "console_logins";

    private final MongoCollection<Document> logins;

    MongoConsoleLogins(MongoDatabase database) {
        this.logins = database.getCollection(COLLECTION);
    }

    /** Makes a link's token for the person; only its hash is stored. */
    String issue(String userId, String name, String language, Instant now, Instant expiresAt) {
        String token = Hashes.newToken();
        logins.insertOne(new Document("_id", Hashes.sha256(token))
                .append("userId", userId)
                .append("name", name)
                .append("language", language)
                .append("createdAt", Date.from(now))
                .append("expiresAt", Date.from(expiresAt)));
        return token;
    }

    /** Uses a link: the login it was made for, once; empty when unknown, used or expired. */
    Optional<Login> consume(String token, Instant now) {
        if (!Hashes.wellFormed(token)) {
            return Optional.empty();
        }
        Document d = logins.findOneAndDelete(Filters.eq("_id", Hashes.sha256(token)));
        if (d == null || !d.getDate("expiresAt").toInstant().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new Login(d.getString("userId"), d.getString("name"), d.getString("language")));
    }

    /** Deletes at most {@code limit} links that expired unused before {@code now}. */
    int expire(Instant now, int limit) {
        return org.wearetogether.storage.MongoExpiry.delete(logins, Filters.lt("expiresAt", Date.from(now)), limit);
    }

    /** Deletes the person's unused links ({@code /privacy}). */
    void forget(String userId) {
        logins.deleteMany(Filters.eq("userId", userId));
    }

    /** Who a link was made for. */
    record Login(String userId, String name, String language) {}
}
