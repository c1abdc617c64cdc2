package org.wearetogether.intake.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import org.wearetogether.intake.RequestQueue;
import org.wearetogether.intake.RequestStatus;

/**
 * The board's query on the {@code requests} collection. It reads only the card's fields (a projection), so no
 * personal data leaves the store for the board.
 *
 * <p>Index: {@code {status, regionCode, createdAt}} serves a real MongoDB (the open statuses are a small part of a
 * campaign's 180 days of requests). The embedded store uses no non-unique index and scans the collection; correct, and
 * the cost grows with the number of stored requests (see the README's console section). A search by number alone is
 * served on both by the unique index on {@code number}.
 */
@Repository
class MongoRequestQueue implements RequestQueue {

    private final MongoCollection<Document> requests;
    private final OpenRequestsView view;

    /** Every question read from the store (tests, tools). */
    MongoRequestQueue(MongoDatabase database) {
        this(database, null);
    }

    /**
     * With {@code view}, the board's questions (all but a search by number) are answered from the in-memory view of
     * the open requests, which the store fills and refreshes (see {@link OpenRequestsView}).
     */
    @org.springframework.beans.factory.annotation.Autowired
    MongoRequestQueue(MongoDatabase database, OpenRequestsView view) {
        this.requests = database.getCollection(MongoHelpRequests.COLLECTION);
        requests.createIndex(Indexes.ascending("status", "regionCode", "createdAt"));
        this.view = view;
    }

    /** Every open request as the board shows it, read from the store (one query; the view's refresh). */
    List<QueuedRequest> allOpen() {
        List<QueuedRequest> found = new ArrayList<>();
        requests.find(Filters.in("status", OPEN.stream().map(Enum::name).toList()))
                .projection(PROJECTION)
                .forEach(d -> found.add(queued(d)));
        return found;
    }

    /** One request as the board shows it, by its number (the unique index on both stores); null when none. */
    QueuedRequest byNumber(String number) {
        Document d = requests.find(Filters.eq("number", number))
                .projection(PROJECTION)
                .first();
        return d == null ? null : queued(d);
    }

    private static final Bson PROJECTION = Projections.include(
            "number",
            "status",
            "regionCode",
            "needs",
            "urgency",
            "beneficiary.ageGroup",
            "holder",
            "createdAt",
            "updatedAt");

    @Override
    public List<QueuedRequest> open(Filter filter) {
        List<String> statuses = (filter.statuses().isEmpty() ? OPEN : List.copyOf(filter.statuses()))
                .stream().filter(OPEN::contains).map(Enum::name).sorted().toList();
        if (statuses.isEmpty()) {
            return List.of();
        }
        if (view != null && filter.number() == null) {
            return view.snapshot(this).stream()
                    .filter(q -> matches(q, filter, statuses))
                    .sorted(java.util.Comparator.comparing(QueuedRequest::createdAt)
                            .thenComparing(QueuedRequest::number))
                    .limit(filter.limit())
                    .toList();
        }
        Bson query;
        if (filter.number() != null) {
            // flat, on the unique index: one document on either store; the other conditions are checked below
            query = Filters.eq("number", filter.number().strip().toUpperCase(Locale.ROOT));
        } else {
            List<Bson> all = new ArrayList<>();
            all.add(Filters.in("status", statuses));
            if (!filter.regions().isEmpty()) {
                all.add(Filters.in(
                        "regionCode", filter.regions().stream().sorted().toList()));
            }
            if (filter.urgency() != null) {
                all.add(Filters.eq("urgency", filter.urgency()));
            }
            if (filter.need() != null) {
                all.add(Filters.eq("needs", filter.need()));
            }
            if (filter.createdBefore() != null) {
                all.add(Filters.lt("createdAt", Date.from(filter.createdBefore())));
            }
            if (filter.holderId() != null) {
                all.add(Filters.eq("holder.id", filter.holderId()));
            }
            query = Filters.and(all);
        }
        List<QueuedRequest> found = new ArrayList<>();
        requests.find(query)
                .projection(Projections.include(
                        "number",
                        "status",
                        "regionCode",
                        "needs",
                        "urgency",
                        "beneficiary.ageGroup",
                        "holder",
                        "createdAt",
                        "updatedAt"))
                .sort(Sorts.orderBy(Sorts.ascending("createdAt"), Sorts.ascending("number")))
                .limit(filter.limit())
                .forEach(d -> found.add(queued(d)));
        if (filter.number() != null) {
            return found.stream().filter(q -> matches(q, filter, statuses)).toList();
        }
        return found;
    }

    private static boolean matches(QueuedRequest q, Filter f, List<String> statuses) {
        return statuses.contains(q.status().name())
                && (f.regions().isEmpty() || f.regions().contains(q.regionCode()))
                && (f.urgency() == null || f.urgency().equals(q.urgency()))
                && (f.need() == null || q.needs().contains(f.need()))
                && (f.createdBefore() == null || q.createdAt().isBefore(f.createdBefore()))
                && (f.holderId() == null
                        || (q.holder() != null && f.holderId().equals(q.holder().id())));
    }

    static QueuedRequest queued(Document d) {
        Document beneficiary = d.get("beneficiary", Document.class);
        Document holder = d.get("holder", Document.class);
        return new QueuedRequest(
                d.getString("number"),
                RequestStatus.valueOf(d.getString("status")),
                d.getString("regionCode"),
                d.getList("needs", String.class, List.of()),
                d.getString("urgency"),
                beneficiary == null ? null : beneficiary.getString("ageGroup"),
                MongoHelpRequestDocuments.actor(holder),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt") == null
                        ? d.getDate("createdAt").toInstant()
                        : d.getDate("updatedAt").toInstant());
    }
}
