package org.wearetogether.intake.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.intake.CodeWords;

/**
 * The code words in the request's own document ({@code codeWord}, and {@code codeWordTask}: the task it is bound
 * to), so that it is written, read and erased with the request. Every change is one conditional update of that one
 * document, guarded by the values it read, so two racing callers cannot hand out two different words as current.
 */
@org.springframework.stereotype.Repository
class MongoCodeWords implements CodeWords {

    static final String WORD = "codeWord";
    static final String TASK = "codeWordTask";
    /** Set while a renewed word waits to be told to the requester. */
    static final String UNTOLD = "codeWordUntold";

    private static final int MAX_ATTEMPTS = 5;

    private final MongoCollection<Document> requests;
    private final CodeWordList words;

    /** The shipped word list, checked here at start-up: a broken list stops the service with a clear message. */
    @org.springframework.beans.factory.annotation.Autowired
    MongoCodeWords(MongoDatabase database) {
        this(database, CodeWordList.shipped());
    }

    MongoCodeWords(MongoDatabase database, CodeWordList words) {
        this.requests = database.getCollection(MongoHelpRequests.COLLECTION);
        this.words = words;
        // Lets a real MongoDB find the few untold words without a scan; the embedded server ignores it and scans.
        requests.createIndex(Indexes.ascending(UNTOLD), new IndexOptions().sparse(true));
    }

    /**
     * Gives a newly filed request its word, unless it has one (a re-submission after a crash keeps the word the
     * person may have been told already).
     *
     * @return the request's word; empty for an unknown request or once its personal data is erased
     */
    Optional<String> atFiling(String number) {
        Document request = read(number);
        if (request == null || erased(request)) {
            return Optional.empty();
        }
        if (request.getString(WORD) == null) {
            // A flat filter on the unique number alone, checked against the request just read: the embedded store
            // uses an index only when a query's keys are exactly an index's keys, and the $and of "no word yet, not
            // erased" read every stored request at each filing. Filing runs on the person's chat lane, one at a time.
            requests.updateOne(new Document("number", number), Updates.set(WORD, words.pick(language(request), null)));
        }
        return current(number);
    }

    @Override
    public Optional<String> current(String number) {
        Document request = read(number);
        return request == null || erased(request) ? Optional.empty() : Optional.ofNullable(request.getString(WORD));
    }

    @Override
    public Optional<String> ofTask(String number, String taskId) {
        Document request = read(number);
        if (request == null || erased(request) || !taskId.equals(request.getString(TASK))) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getString(WORD));
    }

    @Override
    public Optional<Issued> issueFor(String number, String taskId, boolean firstTask) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Document request = read(number);
            if (request == null || erased(request)) {
                return Optional.empty();
            }
            String word = request.getString(WORD);
            String boundTo = request.getString(TASK);
            if (word != null && taskId.equals(boundTo)) {
                return Optional.of(new Issued(word, false));
            }
            Bson asRead = Filters.and(
                    Filters.eq("number", number),
                    word == null ? Filters.exists(WORD, false) : Filters.eq(WORD, word),
                    boundTo == null ? Filters.exists(TASK, false) : Filters.eq(TASK, boundTo),
                    notErased());
            if (word != null && boundTo == null && firstTask) {
                // The word given at filing: nobody but the requester has seen it yet.
                if (requests.updateOne(asRead, Updates.set(TASK, taskId)).getModifiedCount() == 1) {
                    return Optional.of(new Issued(word, false));
                }
                continue;
            }
            String next = words.pick(language(request), word);
            if (requests.updateOne(
                                    asRead,
                                    Updates.combine(
                                            Updates.set(WORD, next),
                                            Updates.set(TASK, taskId),
                                            Updates.set(UNTOLD, true)))
                            .getModifiedCount()
                    == 1) {
                return Optional.of(new Issued(next, true));
            }
        }
        throw new IllegalStateException("The code word of " + number + " kept changing under " + MAX_ATTEMPTS
                + " attempts to bind it to task " + taskId);
    }

    @Override
    public void told(String number, String word) {
        requests.updateOne(Filters.and(Filters.eq("number", number), Filters.eq(WORD, word)), Updates.unset(UNTOLD));
    }

    @Override
    public List<String> untold(int limit) {
        List<String> numbers = new ArrayList<>();
        requests.find(Filters.and(Filters.eq(UNTOLD, true), notErased()))
                .projection(Projections.include("number"))
                .limit(limit)
                .forEach(d -> numbers.add(d.getString("number")));
        return numbers;
    }

    private Document read(String number) {
        return requests.find(Filters.eq("number", number))
                .projection(Projections.include(WORD, TASK, "requester.language", "personalDataDeletedAt"))
                .first();
    }

    private static boolean erased(Document request) {
        return request.get("personalDataDeletedAt") != null;
    }

    private static Bson notErased() {
        return Filters.exists("personalDataDeletedAt", false);
    }

    private static String language(Document request) {
        Document requester = request.get("requester", Document.class);
        return requester == null ? null : requester.getString("language");
    }
}
