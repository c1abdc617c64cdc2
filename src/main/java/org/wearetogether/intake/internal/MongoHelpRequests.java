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
            MongoCodeWords.WORD,
            MongoCodeWords.TASK,
            MongoCodeWords.UNTOLD);

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

    /** Set with an erasure by {@link #erasePersonalData}, until its {@code RequestErased} has been published. */
    static final String TO_ANNOUNCE = "erasureToAnnounce";

    /** When the chat last filed a request of its own. */
    static final String REMEMBERED_AT = "at";

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
     * Removes the personal fields of the person's requests and cancels the open ones; numbers, region, needs,
     * urgency, age group, statuses and dates stay for statistics. Idempotent: a second call finds nothing.
     *
     * @return how many requests were changed
     */
    long forgetRequester(String chatKey, String reason, Instant now) {
        // Requests an operator filed for callers carry the operator's chat key (status changes go there) but are the
        // callers' data: the operator forgetting themselves must not erase them.
        Bson mine = Filters.and(Filters.eq("requester.chatKey", chatKey), Filters.exists("intakeOperator", false));
        List<String> open = Arrays.stream(RequestStatus.values())
                .filter(RequestStatus::open)
                .map(Enum::name)
                .toList();
        // Cancel first: the personal fields carry the chat key that finds the request.
        requests.updateMany(
                Filters.and(mine, Filters.in("status", open)),
                Updates.combine(
                        Updates.set("status", RequestStatus.CANCELLED.name()),
                        Updates.set("statusReason", reason),
                        Updates.set("updatedAt", Date.from(now)),
                        Updates.inc("version", 1L)));
        byChat.deleteOne(Filters.eq("_id", chatKey));
        long erased = erasePersonalFields(mine, now);
        forgetRequesterInHistory(chatKey);
        return erased;
    }

    /** The requester's own entries in the history (e.g. a cancel from My requests) name their chat: replace it. */
    private void forgetRequesterInHistory(String chatKey) {
        requests.updateMany(
                Filters.eq("history.actor.id", chatKey),
                // one $set of the whole actor: the embedded server applies array filters after each field's change
                Updates.set(
                        "history.$[mine].actor",
                        new Document("role", "REQUESTER")
                                .append("id", "forgotten")
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
                Filters.or(
                        Filters.and(
                                Filters.in("status", statuses(false)),
                                Filters.lt("updatedAt", Date.from(closedBefore)),
                                Filters.exists("personalDataDeletedAt", false)),
                        // erased, but the process stopped before telling the other modules: told by the same scan
                        Filters.exists(TO_ANNOUNCE)),
                limit);
    }

    /**
     * Why the request's erasure is still to be announced ({@link org.wearetogether.intake.RequestErased.Why} name),
     * or empty when it is not (or there is no such request).
     */
    Optional<String> erasureToAnnounce(String number) {
        Document request = requests.find(new Document("number", number))
                .projection(new Document(TO_ANNOUNCE, 1))
                .first();
        return Optional.ofNullable(request).map(d -> d.getString(TO_ANNOUNCE));
    }

    /** The erasure has been announced. */
    void erasureAnnounced(String number) {
        requests.updateOne(new Document("number", number), Updates.unset(TO_ANNOUNCE));
    }

    /** The numbers of at most {@code limit} open requests without any change since {@code unchangedSince}. */
    List<String> openUnchangedSince(Instant unchangedSince, int limit) {
        return numbers(
                Filters.and(Filters.in("status", statuses(true)), Filters.lt("updatedAt", Date.from(unchangedSince))),
                limit);
    }

    /**
     * Erases one request's personal data (and the comments that may carry it: the rating's, the history's, a reason
     * a person wrote) unless that was done already: the guard makes it happen once, however many erasers race.
     *
     * @return true when this call erased it
     */
    boolean erasePersonalData(String number, String why, Instant now) {
        Document request = requests.find(new Document("number", number))
                .projection(new Document("version", 1)
                        .append("statusReason", 1)
                        .append("personalDataDeletedAt", 1)
                        .append("history.seq", 1))
                .first();
        if (request == null || request.get("personalDataDeletedAt") != null) {
            return false;
        }
        List<Bson> erase = new ArrayList<>(erasing(now));
        erase.add(Updates.unset("rating.comment"));
        erase.add(Updates.set(TO_ANNOUNCE, why)); // in the same write: a crash before the event cannot lose it
        if (!request.getList("history", Document.class, List.of()).isEmpty()) {
            erase.add(Updates.unset("history.$[].comment")); // an array update needs the array
        }
        if (!isCode(request.getString("statusReason"))) {
            erase.add(Updates.unset("statusReason"));
        }
        // Flat {number, version}, served by the unique index on both on the embedded store too (an $and, or any other
        // key, makes it read every stored request, holding the collection meanwhile). A change in between makes it
        // miss: the next run erases it.
        Document sameVersion = new Document("number", number).append("version", request.get("version"));
        return requests.updateOne(sameVersion, Updates.combine(erase)).getModifiedCount() == 1;
    }

    /** Reasons the service writes (codes, presets) are kept for statistics; free text a person wrote is not. */
    private static boolean isCode(String reason) {
        return reason == null || reason.equals(org.wearetogether.intake.ClosingReasons.STALE);
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

    private long erasePersonalFields(Bson which, Instant now) {
        return requests.updateMany(which, Updates.combine(erasing(now))).getModifiedCount();
    }

    private static List<Bson> erasing(Instant now) {
        List<Bson> erase =
                new ArrayList<>(PERSONAL_FIELDS.stream().map(Updates::unset).toList());
        erase.add(Updates.set("personalDataDeletedAt", Date.from(now)));
        erase.add(Updates.set("updatedAt", Date.from(now)));
        erase.add(Updates.inc("version", 1L));
        return erase;
    }

    static boolean isDuplicateKey(MongoException e) {
        return e.getCode() == DUPLICATE_KEY
                || (e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
    }

    private Optional<HelpRequest> findOne(Bson filter) {
        return Optional.ofNullable(requests.find(filter).first()).map(MongoHelpRequestDocuments::fromDocument);
    }
}
