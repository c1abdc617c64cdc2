package org.wearetogether.intake.internal;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestStatus;

/**
 * Help requests in the {@code requests} collection. Every write touches one document atomically (no transactions),
 * so it is correct on the embedded server and on a MongoDB replica set alike.
 */
@org.springframework.stereotype.Repository
class MongoHelpRequests implements HelpRequests {

    static final String COLLECTION = "requests";
    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_ATTEMPTS = 10;

    /** Fields that name or reach a person (or let someone in at their door); removed when they ask to be forgotten. */
    private static final List<String> PERSONAL_FIELDS = List.of(
            "requester",
            "beneficiary.name",
            "beneficiary.phone",
            "address",
            "details",
            "answers",
            "notes",
            MongoCodeWords.WORD,
            MongoCodeWords.TASK,
            MongoCodeWords.UNTOLD,
            "rating.comment");

    /** What replaces a status reason (free text a coordinator may have typed about the person) once erased. */
    static final String ERASED_REASON = "personal data erased";

    /**
     * Set with the erasure ({@code why}, {@code told: false}) and marked told once {@code RequestErased} is published:
     * a process that stopped in between publishes it on its next sweep.
     */
    static final String ERASURE = "erasure";

    /**
     * How many of a person's own requests {@link #OPEN_BY_CHAT} remembers: more than any sensible cap on open
     * requests, so that the cap is answered from it alone.
     */
    static final int REMEMBERED_PER_CHAT = 10;

    /**
     * One document per chat ({@code _id} = chat key) with the numbers of its latest own requests: the open-requests
     * cap reads it by {@code _id} and the requests by their unique number, instead of searching the requests by
     * requester, which the embedded store (no non-unique indexes) answers by reading every stored request.
     */
    static final String OPEN_BY_CHAT = "requests_by_chat";

    /** When the chat last filed a request of its own. */
    static final String REMEMBERED_AT = "at";

    private static final Logger log = LoggerFactory.getLogger(MongoHelpRequests.class);
    /** How often an erasure reads a request again that changed between its read and its write. */
    private static final int ERASE_ATTEMPTS = 5;

    private final MongoCollection<Document> requests;
    private final MongoCollection<Document> byChat;
    private final MongoRequestNumbers numbers;

    /** Also creates the collection's indexes (idempotent). */
    MongoHelpRequests(MongoDatabase database) {
        this.requests = database.getCollection(COLLECTION);
        this.byChat = database.getCollection(OPEN_BY_CHAT);
        this.numbers = new MongoRequestNumbers(database);
        requests.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
        requests.createIndex(Indexes.ascending("conversationId"), new IndexOptions().unique(true));
        // Unique because "number" is: lets the embedded store find a version-guarded write by index, not by a scan.
        requests.createIndex(Indexes.ascending("number", "version"), new IndexOptions().unique(true));
        // Speeds up /requests on a real MongoDB; the embedded server ignores it and scans, which is still correct.
        requests.createIndex(
                Indexes.compoundIndex(Indexes.ascending("requester.chatKey"), Indexes.descending("createdAt")));
        // The HQ sweeps ask every few seconds for the requests not yet forwarded and for those changed since their
        // last look; without these a real MongoDB scans the whole collection each time. Not sparse: a sparse index
        // cannot answer "forwardedAt does not exist".
        requests.createIndex(Indexes.ascending("forwardedAt", "createdAt"));
        requests.createIndex(Indexes.ascending("updatedAt"));
    }

    @Override
    public Submitted submit(HelpRequest draft) {
        String conversationId = draft.source().conversationId();
        for (int attempt = 1; ; attempt++) {
            Optional<HelpRequest> earlier = byConversation(conversationId);
            if (earlier.isPresent()) {
                return new Submitted(earlier.get(), false);
            }
            HelpRequest numbered = draft.withNumber(numbers.next(draft.regionCode()));
            rememberOwn(numbered);
            try {
                // Durable like its number: the number is told to the person next, so the request must survive a
                // power loss with the embedded store's fsync off (one forced write per request, not per update).
                requests.withWriteConcern(MongoRequestNumbers.DURABLE)
                        .insertOne(MongoHelpRequestDocuments.toDocument(numbered));
                return new Submitted(numbered, true);
            } catch (MongoException e) {
                // A duplicate conversationId: a re-submission raced this one and won; the loop returns its request.
                // A duplicate number should not happen, but the unique index, not the counter, is the guarantee
                // (the embedded server's findOneAndUpdate has returned one value twice); take the next number.
                if (!isDuplicateKey(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Optional<HelpRequest> byNumber(String number) {
        return findOne(Filters.eq("number", number));
    }

    @Override
    public Optional<HelpRequest> byConversation(String conversationId) {
        return findOne(Filters.eq("conversationId", conversationId));
    }

    @Override
    public List<HelpRequest> byRequester(String chatKey, int limit) {
        List<HelpRequest> found = new ArrayList<>();
        requests.find(Filters.eq("requester.chatKey", chatKey))
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.descending("number")))
                .limit(limit)
                .forEach(d -> found.add(MongoHelpRequestDocuments.fromDocument(d)));
        return found;
    }

    /** Read through the chat's remembered numbers (one document, then one request by its unique number). */
    @Override
    public Optional<String> latestRegionOf(String chatKey) {
        Document remembered = byChat.find(Filters.eq("_id", chatKey)).first();
        List<String> mine = remembered == null ? List.of() : remembered.getList("numbers", String.class, List.of());
        for (int i = mine.size() - 1; i >= 0; i--) {
            Document request = requests.find(Filters.eq("number", mine.get(i)))
                    .projection(new Document("regionCode", 1))
                    .first();
            if (request != null && request.getString("regionCode") != null) {
                return Optional.of(request.getString("regionCode"));
            }
        }
        return Optional.empty();
    }

    /**
     * The numbers of the person's own open requests (not those an operator filed for callers), oldest first, at most
     * {@code limit}.
     */
    List<String> openNumbersOf(String chatKey, int limit) {
        Document remembered = byChat.find(Filters.eq("_id", chatKey)).first();
        if (remembered == null) {
            return List.of();
        }
        List<String> open = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String number : remembered.getList("numbers", String.class, List.of())) {
            Document request = requests.find(Filters.eq("number", number))
                    .projection(new Document("status", 1).append("intakeOperator", 1))
                    .first();
            boolean own = request != null && request.get("intakeOperator") == null;
            if (own && RequestStatus.valueOf(request.getString("status")).open()) {
                open.add(number);
            } else {
                gone.add(number); // closed, erased, or never stored (a crash between numbering and storing)
            }
        }
        forgetClosed(chatKey, gone);
        return open.size() <= limit ? open : open.subList(0, limit);
    }

    /** Remembers a request the person files for themselves, before it is stored, so that the cap never misses it. */
    private void rememberOwn(HelpRequest request) {
        if (request.source().intakeOperator() != null) {
            return; // operators filing for callers are not capped
        }
        byChat.updateOne(
                Filters.eq("_id", request.requester().chatKey()),
                Updates.combine(
                        Updates.pushEach(
                                "numbers", List.of(request.number()), new PushOptions().slice(-REMEMBERED_PER_CHAT)),
                        // when it last filed: retention deletes the document once every request in it has closed
                        Updates.set(REMEMBERED_AT, Date.from(request.createdAt()))),
                new UpdateOptions().upsert(true));
    }

    /** Drops numbers no longer open, and the chat's document once none is left (it names the chat). */
    private void forgetClosed(String chatKey, List<String> closed) {
        if (closed.isEmpty()) {
            return;
        }
        byChat.updateOne(Filters.eq("_id", chatKey), Updates.pullAll("numbers", closed));
        byChat.deleteOne(Filters.and(Filters.eq("_id", chatKey), Filters.size("numbers", 0)));
    }

    /**
     * The numbers of the person's own requests (not those an operator filed for callers) whose personal data is not
     * erased yet, at most {@code limit}: what {@code /privacy} erases one by one.
     */
    List<String> ownUnerased(String chatKey, int limit) {
        List<String> numbers = new ArrayList<>();
        requests.find(Filters.and(
                        Filters.eq("requester.chatKey", chatKey),
                        Filters.exists("intakeOperator", false),
                        Filters.exists("personalDataDeletedAt", false)))
                .projection(new Document("number", 1))
                .limit(limit)
                .forEach(d -> numbers.add(d.getString("number")));
        return numbers;
    }

    /** Drops the chat's remembered request numbers (the document names the chat). */
    void forgetOwnNumbers(String chatKey) {
        byChat.deleteOne(Filters.eq("_id", chatKey));
    }

    /** The requester's own entries in the history (e.g. a cancel from My requests) name their chat: replace it. */
    void forgetRequesterInHistory(String chatKey, String pseudonym) {
        requests.updateMany(
                Filters.eq("history.actor.id", chatKey),
                // one $set of the whole actor: the embedded server applies array filters after each field's change
                Updates.set(
                        "history.$[mine].actor",
                        new Document("role", "REQUESTER")
                                .append("id", pseudonym)
                                .append("name", "requester")),
                new com.mongodb.client.model.UpdateOptions()
                        .arrayFilters(List.of(Filters.eq("mine.actor.id", chatKey))));
    }

    /**
     * The numbers of at most {@code limit} closed requests (done, not possible, cancelled) whose last change is before
     * {@code closedBefore} and whose personal data is still kept. A scan on the embedded store, off the request path.
     */
    List<String> closedWithPersonalDataBefore(Instant closedBefore, int limit) {
        return numbers(
                Filters.and(
                        Filters.in("status", statuses(false)),
                        Filters.lt("updatedAt", Date.from(closedBefore)),
                        Filters.exists("personalDataDeletedAt", false)),
                limit);
    }

    /** The numbers of at most {@code limit} open requests without any change since {@code unchangedSince}. */
    List<String> openUnchangedSince(Instant unchangedSince, int limit) {
        return numbers(
                Filters.and(Filters.in("status", statuses(true)), Filters.lt("updatedAt", Date.from(unchangedSince))),
                limit);
    }

    /** Reasons the service writes (codes, presets) are kept for statistics; free text a person wrote is not. */
    private static boolean isCode(String reason) {
        return reason != null && reason.equals(org.wearetogether.intake.ClosingReasons.STALE);
    }

    private static List<String> statuses(boolean open) {
        return Arrays.stream(RequestStatus.values())
                .filter(status -> status.open() == open)
                .map(Enum::name)
                .toList();
    }

    private List<String> numbers(Bson filter, int limit) {
        List<String> found = new ArrayList<>();
        requests.find(filter)
                .projection(new Document("number", 1))
                .limit(limit)
                .forEach(d -> found.add(d.getString("number")));
        return found;
    }

    /**
     * Deletes at most {@code limit} chats' remembered numbers whose last filing is before {@code filedBefore} (all of
     * them closed by then, by the requester, the HQ or retention); documents from before the date was written get it
     * now.
     */
    int forgetChatsFiledBefore(Instant filedBefore, Instant now, int limit) {
        return org.wearetogether.storage.MongoExpiry.deleteSeenBefore(
                byChat, REMEMBERED_AT, new Document(), filedBefore, now, limit);
    }

    /** How many requests there are of each status in each region: one aggregation, a scan on the embedded store. */
    List<StatusCount> countByStatusAndRegion() {
        List<StatusCount> counts = new ArrayList<>();
        var byStatusAndRegion = Aggregates.group(
                new Document("status", "$status").append("region", "$regionCode"), Accumulators.sum("count", 1));
        for (Document group : requests.aggregate(List.of(byStatusAndRegion))) {
            Document id = group.get("_id", Document.class);
            counts.add(new StatusCount(
                    id.getString("status"), id.getString("region"), ((Number) group.get("count")).longValue()));
        }
        return counts;
    }

    /** The number of requests of one status in one region. */
    record StatusCount(String status, String region, long count) {}

    /** Unless {@code keepReason} (a code the service wrote, kept for statistics), the status reason goes too. */
    private static List<Bson> eraseUpdates(Instant now, List<Bson> extra, boolean keepReason) {
        List<Bson> erase =
                new ArrayList<>(PERSONAL_FIELDS.stream().map(Updates::unset).toList());
        if (!keepReason) {
            erase.add(Updates.set("statusReason", ERASED_REASON));
        }
        erase.add(Updates.set("personalDataDeletedAt", Date.from(now)));
        erase.add(Updates.set("updatedAt", Date.from(now)));
        erase.add(Updates.inc("version", 1L));
        erase.addAll(extra);
        return erase;
    }

    /**
     * Erases one request's personal fields, status reason, rating comment and history comments (free text about the
     * people: reasons typed by coordinators, a volunteer's name), and notes in the same write that
     * {@code RequestErased} is owed. Idempotent: false when it was erased already (or does not exist).
     *
     * <p>Every filter here is flat on {@code number} or {@code {number, version}}, both served by a unique index on the
     * embedded store too: an {@code $and} or any other key would read every stored request at each erasure, holding
     * the collection meanwhile (retention erases thousands in a run).
     */
    boolean eraseOne(String number, String why, Instant now, String requesterPseudonym) {
        for (int attempt = 0; attempt < ERASE_ATTEMPTS; attempt++) {
            Document request = requests.find(new Document("number", number))
                    .projection(new Document("version", 1)
                            .append("personalDataDeletedAt", 1)
                            .append("statusReason", 1)
                            .append("history.actor.role", 1))
                    .first();
            if (request == null || request.get("personalDataDeletedAt") != null) {
                return false;
            }
            List<Document> history = request.getList("history", Document.class, List.of());
            List<Bson> extra = new ArrayList<>();
            extra.add(Updates.set(ERASURE, new Document("why", why).append("told", false)));
            if (!history.isEmpty()) {
                extra.add(Updates.unset("history.$[].comment")); // an array update needs the array
            }
            Document sameVersion = new Document("number", number).append("version", request.get("version"));
            if (requests.updateOne(
                                    sameVersion,
                                    Updates.combine(
                                            eraseUpdates(now, extra, isCode(request.getString("statusReason")))))
                            .getModifiedCount()
                    == 1) {
                if (history.stream().anyMatch(MongoHelpRequests::isRequesterEntry)) {
                    pseudonymiseRequesterEntries(number, requesterPseudonym);
                }
                return true;
            }
            // changed in between (a coordinator pressed a button): read it again
        }
        log.warn("Request {} kept changing during its erasure; the next erasure or retention run erases it", number);
        return false;
    }

    private static boolean isRequesterEntry(Document entry) {
        Document actor = entry.get("actor", Document.class);
        return actor != null && "REQUESTER".equals(actor.getString("role"));
    }

    /** The requester's own entries in this request's history (a cancel from My requests) name their chat and name. */
    private void pseudonymiseRequesterEntries(String number, String pseudonym) {
        requests.updateOne(
                new Document("number", number),
                // one $set of the whole actor: the embedded server applies array filters after each field's change
                Updates.set(
                        "history.$[theirs].actor",
                        new Document("role", "REQUESTER")
                                .append("id", pseudonym)
                                .append("name", "requester")),
                new UpdateOptions().arrayFilters(List.of(Filters.eq("theirs.actor.role", "REQUESTER"))));
    }

    /** Whether the request's personal data has been erased (a flat filter on the unique number: no scan). */
    boolean erased(String number) {
        Document request = requests.find(new Document("number", number))
                .projection(new Document("personalDataDeletedAt", 1))
                .first();
        return request != null && request.get("personalDataDeletedAt") != null;
    }

    /** The erasure of the request was published. */
    void erasureTold(String number) {
        requests.updateOne(Filters.eq("number", number), Updates.set(ERASURE + ".told", true));
    }

    /** An erasure whose {@code RequestErased} is still owed. */
    record OwedErasure(String number, String why) {}

    /** Erasures not yet published, erased before {@code before} (younger ones are being published right now). */
    List<OwedErasure> erasuresOwed(Instant before, int limit) {
        List<OwedErasure> owed = new ArrayList<>();
        requests.find(Filters.and(
                        Filters.eq(ERASURE + ".told", false), Filters.lt("personalDataDeletedAt", Date.from(before))))
                .projection(new Document("number", 1).append(ERASURE, 1))
                .limit(limit)
                .forEach(d -> owed.add(new OwedErasure(
                        d.getString("number"), d.get(ERASURE, Document.class).getString("why"))));
        return owed;
    }

    /**
     * Replaces a person's id and the name beside it in the requests' histories and as holder with their pseudonym (a
     * volunteer or coordinator who was forgotten), and removes the comments of their own entries (a volunteer's
     * entries carry their first name). Returns how many requests changed.
     */
    long pseudonymiseActor(String actorId, String pseudonym) {
        requests.updateMany(
                Filters.and(Filters.eq("history.actor.id", actorId), Filters.exists("history.comment", true)),
                Updates.unset("history.$[them].comment"),
                new UpdateOptions().arrayFilters(List.of(Filters.eq("them.actor.id", actorId))));
        long changed = 0;
        for (Actor.Role role : Actor.Role.values()) {
            // one $set of the whole actor per role: the embedded server applies array filters after each field's change
            changed += requests.updateMany(
                            Filters.and(
                                    Filters.eq("history.actor.id", actorId),
                                    Filters.eq("history.actor.role", role.name())),
                            Updates.set(
                                    "history.$[them].actor",
                                    new Document("role", role.name())
                                            .append("id", pseudonym)
                                            .append("name", pseudonym)),
                            new UpdateOptions()
                                    // one document, two fields: an array filter may not be a top-level $and
                                    .arrayFilters(List.of(new Document("them.actor.id", actorId)
                                            .append("them.actor.role", role.name()))))
                    .getModifiedCount();
        }
        for (Actor.Role role : Actor.Role.values()) {
            // the author of a note (an HQ answer to the requester) is named the same way
            changed += requests.updateMany(
                            Filters.and(
                                    Filters.eq("notes.author.id", actorId),
                                    Filters.eq("notes.author.role", role.name())),
                            Updates.set(
                                    "notes.$[theirs].author",
                                    new Document("role", role.name())
                                            .append("id", pseudonym)
                                            .append("name", pseudonym)),
                            new UpdateOptions()
                                    .arrayFilters(List.of(new Document("theirs.author.id", actorId)
                                            .append("theirs.author.role", role.name()))))
                    .getModifiedCount();
        }
        changed += requests.updateMany(
                        Filters.eq("holder.id", actorId),
                        Updates.combine(Updates.set("holder.id", pseudonym), Updates.set("holder.name", pseudonym)))
                .getModifiedCount();
        return changed;
    }

    static boolean isDuplicateKey(MongoException e) {
        return e.getCode() == DUPLICATE_KEY
                || (e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
    }

    private Optional<HelpRequest> findOne(Bson filter) {
        return Optional.ofNullable(requests.find(filter).first()).map(MongoHelpRequestDocuments::fromDocument);
    }
}
