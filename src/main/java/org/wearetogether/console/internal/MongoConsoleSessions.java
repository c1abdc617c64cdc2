package org.wearetogether.console.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Console sessions ({@code console_sessions}): {@code _id} = SHA-256 of the session id in the browser's cookie, so a
 * leaked database opens no session. Each request reads its session by {@code _id} (an index on every store) and
 * checks its expiry; an expired one is deleted then, and the retention rule deletes the rest.
 */
@Repository
class MongoConsoleSessions {

    static final String COLLECTION = "console_sessions";

    private final MongoCollection<Document> sessions;

    MongoConsoleSessions(MongoDatabase database) {
        this.sessions = database.getCollection(COLLECTION);
    }

    /** Opens a session; the returned id goes into the cookie and nowhere else. */
    Opened open(String userId, String name, String language, Instant now, Instant expiresAt) {
        String id = Hashes.newToken();
        String csrf = Hashes.newToken();
        sessions.insertOne(new Document("_id", Hashes.sha256(id))
                .append("userId", userId)
                .append("name", name)
                .append("language", language)
                .append("csrf", csrf)
                .append("createdAt", Date.from(now))
                .append("expiresAt", Date.from(expiresAt)));
        return new Opened(id, new Session(userId, name, language, csrf, now, expiresAt, null));
    }

    /** The live session with this id; an expired one is deleted and not returned. */
    Optional<Session> find(String id, Instant now) {
        if (!Hashes.wellFormed(id)) {
            return Optional.empty();
        }
        String key = Hashes.sha256(id);
        Document d = sessions.find(Filters.eq("_id", key)).first();
        if (d == null) {
            return Optional.empty();
        }
        Session session = session(d);
        if (!session.expiresAt().isAfter(now)) {
            sessions.deleteOne(Filters.eq("_id", key));
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /**
     * Ends a session because its person lost their role: it stays, marked, until it expires, so that each later
     * request is told why (and a role given back does not revive it).
     */
    void end(String id, String why) {
        if (Hashes.wellFormed(id)) {
            sessions.updateOne(
                    Filters.eq("_id", Hashes.sha256(id)), com.mongodb.client.model.Updates.set("ended", why));
        }
    }

    /** Ends one session (logout); false when there was none. */
    boolean close(String id) {
        return Hashes.wellFormed(id)
                && sessions.deleteOne(Filters.eq("_id", Hashes.sha256(id))).getDeletedCount() == 1;
    }

    /**
     * Ends every session of a person (their role was removed, {@code /privacy}). Reads by {@code userId}, which the
     * embedded store answers by a scan of the sessions: few, since they last hours.
     */
    long closeAllOf(String userId) {
        return sessions.deleteMany(Filters.eq("userId", userId)).getDeletedCount();
    }

    /** A person's sessions, newest first ({@code /mydata}). */
    List<Session> of(String userId) {
        List<Session> found = new ArrayList<>();
        sessions.find(Filters.eq("userId", userId))
                .sort(Sorts.descending("createdAt"))
                .limit(100)
                .forEach(d -> found.add(session(d)));
        return found;
    }

    /** Deletes at most {@code limit} sessions that expired before {@code now}. */
    int expire(Instant now, int limit) {
        return org.wearetogether.storage.MongoExpiry.delete(sessions, Filters.lt("expiresAt", Date.from(now)), limit);
    }

    private static Session session(Document d) {
        return new Session(
                d.getString("userId"),
                d.getString("name"),
                d.getString("language"),
                d.getString("csrf"),
                d.getDate("createdAt").toInstant(),
                d.getDate("expiresAt").toInstant(),
                d.getString("ended"));
    }

    /**
     * A session as stored. {@code csrf} is sent back with every state-changing request; {@code ended} is null while
     * the session is live, else why it ended ({@code removed}).
     */
    record Session(
            String userId,
            String name,
            String language,
            String csrf,
            Instant createdAt,
            Instant expiresAt,
            String ended) {}

    /** A new session and the id for its cookie. */
    record Opened(String id, Session session) {}
}
