package org.wearetogether.intake.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNoteAdded;
import org.wearetogether.intake.RequestNotes;
import org.wearetogether.intake.RequestStatus;

/**
 * Notes kept in the request's own document (array {@code notes}), so they are erased, exported and retained with it.
 * A note is pushed by one {@code updateOne} guarded by the version read: two notes written at once get different
 * sequence numbers, and a note never lands on a request that closed or was erased in between.
 */
@Repository
class MongoRequestNotes implements RequestNotes {

    private static final int MAX_ATTEMPTS = 10;
    /** Longer than any message a channel delivers whole; the rest is cut, never the request. */
    static final int MAX_TEXT = 3000;

    private final MongoCollection<Document> requests;
    private final ApplicationEventPublisher events;

    MongoRequestNotes(MongoDatabase database, ApplicationEventPublisher events) {
        this.requests = database.getCollection(MongoHelpRequests.COLLECTION);
        this.events = events;
    }

    @Override
    public Optional<RequestNote> add(String number, RequestNote.Kind kind, Actor author, String text, Instant at) {
        String kept = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Document stored = read(number);
            if (stored == null
                    || stored.get("personalDataDeletedAt") != null
                    || !RequestStatus.valueOf(stored.getString("status")).open()) {
                return Optional.empty();
            }
            RequestNote note = new RequestNote(notesOf(stored).size() + 1, kind, author, kept, at);
            // flat, as the unique index on {number, version} is: the embedded store finds it by index, not a scan
            Document sameVersion = new Document("number", number).append("version", stored.get("version"));
            long matched = requests.updateOne(
                            sameVersion,
                            Updates.combine(
                                    Updates.push("notes", MongoHelpRequestDocuments.note(note)),
                                    Updates.set("updatedAt", Date.from(at)),
                                    Updates.inc("version", 1L)))
                    .getMatchedCount();
            if (matched == 1) {
                Document after = requests.find(new Document("number", number)).first();
                events.publishEvent(new RequestNoteAdded(MongoHelpRequestDocuments.fromDocument(after), note));
                return Optional.of(note);
            }
        }
        throw new IllegalStateException("Request " + number + " keeps changing; note not added after " + MAX_ATTEMPTS);
    }

    @Override
    public List<RequestNote> notes(String number) {
        Document stored = read(number);
        return stored == null ? List.of() : notesOf(stored);
    }

    private Document read(String number) {
        return requests.find(new Document("number", number))
                .projection(new Document("status", 1)
                        .append("version", 1)
                        .append("personalDataDeletedAt", 1)
                        .append("notes", 1))
                .first();
    }

    private static List<RequestNote> notesOf(Document stored) {
        return stored.getList("notes", Document.class, List.of()).stream()
                .map(MongoHelpRequestDocuments::note)
                .toList();
    }
}
