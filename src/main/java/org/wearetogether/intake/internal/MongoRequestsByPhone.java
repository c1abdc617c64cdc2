package org.wearetogether.intake.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;

/**
 * The open requests of each beneficiary's phone, for catching the same person filed twice: one document per phone in
 * {@code requests_by_phone}, {@code _id} = a keyed hash of the phone ({@link BeneficiaryPhones}), holding only request
 * numbers and when one was last added. No phone, no name: nothing in it names a person without the key.
 *
 * <p>Found by {@code _id} and the requests by their unique number, so a look-up costs the same however many requests
 * are kept (the embedded store, without non-unique indexes, would answer a search of the requests by phone by reading
 * them all). Kept by intake's own paths: a number is added when its request is stored (again at every re-submission,
 * so a crash in between is repaired by the retry) and removed when it closes or is erased; a number whose request is
 * no longer open (a crash before the removal) is ignored and removed when read, so a stale entry never blocks anyone.
 */
@org.springframework.stereotype.Repository
class MongoRequestsByPhone {

    static final String COLLECTION = "requests_by_phone";
    /** When a number was last added: retention deletes documents not added to for longer than a request stays open. */
    static final String AT = "at";
    /** More than one phone's open requests ever are; the oldest go first. */
    static final int REMEMBERED_PER_PHONE = 20;

    private final MongoCollection<Document> byPhone;
    private final MongoCollection<Document> requests;
    private final BeneficiaryPhones phones;

    @org.springframework.beans.factory.annotation.Autowired
    MongoRequestsByPhone(MongoDatabase database, org.wearetogether.chat.Pseudonyms pseudonyms) {
        this(database, new BeneficiaryPhones(pseudonyms));
    }

    MongoRequestsByPhone(MongoDatabase database, BeneficiaryPhones phones) {
        this.byPhone = database.getCollection(COLLECTION);
        this.requests = database.getCollection(MongoHelpRequests.COLLECTION);
        this.phones = phones;
    }

    /** An open request for the same phone: its number, when it was filed and the chat that filed it. */
    record Match(String number, Instant createdAt, String requesterChatKey) {}

    /** Adds the open request's number under its beneficiary's phone. Idempotent. */
    void remember(HelpRequest request) {
        Optional<String> key = keyOf(request);
        if (key.isEmpty() || !request.status().open()) {
            return;
        }
        Document stored = byPhone.find(Filters.eq("_id", key.get())).first();
        if (stored != null && stored.getList("numbers", String.class, List.of()).contains(request.number())) {
            return;
        }
        byPhone.updateOne(
                Filters.eq("_id", key.get()),
                Updates.combine(
                        Updates.pushEach(
                                "numbers", List.of(request.number()), new PushOptions().slice(-REMEMBERED_PER_PHONE)),
                        Updates.set(AT, Date.from(request.createdAt()))),
                new UpdateOptions().upsert(true));
    }

    /**
     * The open requests for the phone (not erased), newest first. Numbers found closed, erased or never stored are
     * removed on the way.
     */
    List<Match> openFor(String phone) {
        Optional<String> key = phones.keyOf(phone);
        if (key.isEmpty()) {
            return List.of();
        }
        Document stored = byPhone.find(Filters.eq("_id", key.get())).first();
        if (stored == null) {
            return List.of();
        }
        List<Match> open = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String number : stored.getList("numbers", String.class, List.of())) {
            Document request = requests.find(new Document("number", number))
                    .projection(new Document("status", 1)
                            .append("personalDataDeletedAt", 1)
                            .append("createdAt", 1)
                            .append("requester.chatKey", 1))
                    .first();
            if (request != null
                    && request.get("personalDataDeletedAt") == null
                    && RequestStatus.valueOf(request.getString("status")).open()) {
                if (open.stream().noneMatch(m -> m.number().equals(number))) {
                    Document requester = request.get("requester", Document.class);
                    open.add(new Match(
                            number,
                            request.getDate("createdAt").toInstant(),
                            requester == null ? null : requester.getString("chatKey")));
                }
            } else {
                gone.add(number);
            }
        }
        forget(key.get(), gone);
        open.sort(Comparator.comparing(Match::createdAt)
                .thenComparing(Match::number)
                .reversed());
        return open;
    }

    /** Removes the request's number from its phone's document (it closed or is being erased). Idempotent. */
    void forget(HelpRequest request) {
        keyOf(request).ifPresent(key -> forget(key, List.of(request.number())));
    }

    /** Deletes at most {@code limit} documents to which no number was added since {@code before}. */
    int expireAddedBefore(Instant before, int limit) {
        return org.wearetogether.storage.MongoExpiry.delete(byPhone, Filters.lt(AT, Date.from(before)), limit);
    }

    private void forget(String key, List<String> numbers) {
        if (numbers.isEmpty()) {
            return;
        }
        // by _id alone (a filter with any other key would make the embedded store read the collection); a document
        // left empty holds a hash and no number, matches nothing, and goes with retention
        byPhone.updateOne(Filters.eq("_id", key), Updates.pullAll("numbers", numbers));
    }

    private Optional<String> keyOf(HelpRequest request) {
        return request.beneficiary() == null || request.number() == null
                ? Optional.empty()
                : phones.keyOf(request.beneficiary().phone());
    }
}
