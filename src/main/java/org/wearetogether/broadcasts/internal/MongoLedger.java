package org.wearetogether.broadcasts.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.wearetogether.storage.MongoErrors;

/**
 * The per-recipient ledger in {@code broadcast_ledger}: one document per chunk of recipients, {@code _id}
 * {@code <broadcast>:<chunk, 6 digits>}, read and written by that id only, so that 10,000 recipients cost 100 small
 * documents and no query ever scans the collection. A chunk is replaced whole, guarded by its version {@code v}.
 */
@org.springframework.stereotype.Repository
class MongoLedger {

    private final MongoCollection<Document> chunks;

    MongoLedger(MongoDatabase database) {
        this.chunks = database.getCollection("broadcast_ledger");
    }

    static String id(long broadcast, int no) {
        return broadcast + ":" + String.format(java.util.Locale.ROOT, "%06d", no);
    }

    /** Stores a new chunk; false when it exists already (then {@link #load} it). */
    boolean insert(Chunk chunk) {
        try {
            chunks.insertOne(new Document("_id", id(chunk.broadcast, chunk.no))
                    .append("b", chunk.broadcast)
                    .append("n", chunk.no)
                    .append("v", chunk.version)
                    .append("c", chunk.cursor)
                    .append("last", chunk.last)
                    .append("r", recipients(chunk.recipients)));
            return true;
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    Optional<Chunk> load(long broadcast, int no) {
        Document d = chunks.find(Filters.eq("_id", id(broadcast, no))).first();
        if (d == null) {
            return Optional.empty();
        }
        List<Recipient> recipients = new ArrayList<>();
        for (Document r : d.getList("r", Document.class)) {
            Date at = r.getDate("at");
            recipients.add(new Recipient(
                    r.getString("k"),
                    r.getString("z"),
                    Recipient.Mark.of(r.getString("s")),
                    r.getInteger("a", 0),
                    at == null ? null : at.toInstant(),
                    r.getString("m")));
        }
        return Optional.of(new Chunk(
                broadcast,
                no,
                ((Number) d.get("v")).longValue(),
                recipients,
                d.getString("c"),
                d.getBoolean("last", false)));
    }

    /** Writes the chunk's recipients if nobody changed it since it was read; on success its version goes up. */
    boolean save(Chunk chunk) {
        boolean saved = chunks.updateOne(
                                Filters.and(
                                        Filters.eq("_id", id(chunk.broadcast, chunk.no)),
                                        Filters.eq("v", chunk.version)),
                                Updates.combine(
                                        Updates.set("r", recipients(chunk.recipients)),
                                        Updates.set("v", chunk.version + 1)))
                        .getModifiedCount()
                == 1;
        if (saved) {
            chunk.version++;
        }
        return saved;
    }

    /**
     * {@code /privacy}: the person's lines in every ledger name them by their pseudonym instead of their chat key (the
     * counts of a broadcast stay true; a line still pending is marked opted out, so nothing more is sent to it). One
     * guarded write per chunk: a sender holding the chunk finds its version changed and reads it again. A scan of the
     * ledger, once per person forgotten. Returns how many chunks changed.
     */
    int pseudonymise(String chatKey, String pseudonym) {
        int changed = 0;
        for (Document d : chunks.find(Filters.eq("r.k", chatKey))) {
            List<Document> lines = new ArrayList<>();
            for (Document r : d.getList("r", Document.class)) {
                if (chatKey.equals(r.getString("k"))) {
                    r.put("k", pseudonym);
                    if (Recipient.Mark.of(r.getString("s")).open()) {
                        r.put("s", Recipient.Mark.OPTED_OUT.code);
                    }
                }
                lines.add(r);
            }
            long version = ((Number) d.get("v")).longValue();
            changed += (int) chunks.updateOne(
                            Filters.and(Filters.eq("_id", d.get("_id")), Filters.eq("v", version)),
                            Updates.combine(Updates.set("r", lines), Updates.set("v", version + 1)))
                    .getModifiedCount();
        }
        return changed;
    }

    private static List<Document> recipients(List<Recipient> recipients) {
        List<Document> docs = new ArrayList<>(recipients.size());
        for (Recipient r : recipients) {
            Document d = new Document("k", r.chatKey).append("z", r.zone).append("s", r.mark.code);
            if (r.attempts > 0) {
                d.append("a", r.attempts);
            }
            if (r.at != null) {
                d.append("at", Date.from(r.at));
            }
            if (r.reason != null) {
                d.append("m", r.reason);
            }
            docs.add(d);
        }
        return docs;
    }
}
