package org.wearetogether.intake.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.intake.StatusChange;

/**
 * The request lifecycle on the {@code requests} collection. Each change is one {@code updateOne} guarded by the
 * version read (or, for a take, by "still SUBMITTED and unheld"), so of concurrent changes exactly one wins and the
 * others re-read and decide again; the history entry is pushed in the same write, so status and audit never diverge.
 */
@Repository
class MongoRequestLifecycle implements RequestLifecycle {

    private static final int MAX_ATTEMPTS = 10;

    private final MongoCollection<Document> requests;
    private final ApplicationEventPublisher events;

    MongoRequestLifecycle(MongoDatabase database, ApplicationEventPublisher events) {
        this.requests = database.getCollection(MongoHelpRequests.COLLECTION);
        this.events = events;
    }

    @Override
    public Outcome take(String number, Actor actor, Instant at) {
        Stored stored = find(number).orElse(null);
        if (stored == null) {
            return new NotFound();
        }
        HelpRequest request = stored.request();
        if (request.holder() != null) {
            return request.holder().sameAs(actor)
                    ? new NotAllowed(request.status())
                    : new HeldByAnother(request.holder());
        }
        if (request.status() != RequestStatus.SUBMITTED) {
            return new NotAllowed(request.status());
        }
        Bson untaken = Filters.and(
                Filters.eq("number", number),
                Filters.eq("status", RequestStatus.SUBMITTED.name()),
                Filters.exists("holder", false));
        StatusChange change =
                new StatusChange(stored.nextSeq(), RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, actor, null, at);
        if (apply(untaken, change, List.of(Updates.set("holder", MongoHelpRequestDocuments.actor(actor)))) == 1) {
            return changed(number, change);
        }
        HelpRequest now = find(number).orElseThrow().request();
        return now.holder() != null ? new HeldByAnother(now.holder()) : new NotAllowed(now.status());
    }

    @Override
    public Outcome change(String number, Actor actor, RequestStatus to, String comment, Instant at) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Stored stored = find(number).orElse(null);
            if (stored == null) {
                return new NotFound();
            }
            HelpRequest request = stored.request();
            if (!Transitions.allowed(request.status(), to)) {
                return new NotAllowed(request.status());
            }
            if (!Transitions.mayAct(request, actor, to)) {
                return request.holder() != null
                        ? new HeldByAnother(request.holder())
                        : new NotAllowed(request.status());
            }
            StatusChange change = new StatusChange(stored.nextSeq(), request.status(), to, actor, comment, at);
            // flat, as the unique index on {number, version} is: the embedded store then finds it by index, not a scan
            Bson sameVersion = new Document("number", number).append("version", request.version());
            List<Bson> returnToQueue = to == RequestStatus.SUBMITTED ? List.of(Updates.unset("holder")) : List.of();
            if (apply(sameVersion, change, returnToQueue) == 1) {
                return changed(number, change);
            }
        }
        throw new IllegalStateException("Request " + number + " keeps changing; gave up after " + MAX_ATTEMPTS);
    }

    private long apply(Bson filter, StatusChange change, List<Bson> extra) {
        List<Bson> update = new ArrayList<>(List.of(
                Updates.set("status", change.to().name()),
                change.comment() == null
                        ? Updates.unset("statusReason")
                        : Updates.set("statusReason", change.comment()),
                Updates.set("updatedAt", Date.from(change.at())),
                Updates.inc("version", 1L),
                Updates.push("history", MongoHelpRequestDocuments.change(change))));
        update.addAll(extra);
        return requests.updateOne(filter, Updates.combine(update)).getMatchedCount();
    }

    private Outcome changed(String number, StatusChange change) {
        HelpRequest after = find(number).orElseThrow().request();
        events.publishEvent(new RequestStatusChanged(after, change));
        return new Changed(after, change);
    }

    @Override
    public List<StatusChange> history(String number) {
        return find(number).map(Stored::history).orElse(List.of());
    }

    @Override
    public boolean rate(String number, String requesterChatKey, int stars, String comment, Instant at) {
        if (stars < 1 || stars > 5) {
            return false;
        }
        Bson mine = Filters.and(
                Filters.eq("number", number),
                Filters.eq("requester.chatKey", requesterChatKey),
                Filters.eq("status", RequestStatus.DONE.name()));
        Document rating = new Document("stars", stars).append("at", Date.from(at));
        if (comment != null && !comment.isBlank()) {
            rating.append("comment", comment.strip());
        }
        return requests.updateOne(mine, Updates.set("rating", rating)).getMatchedCount() == 1;
    }

    @Override
    public List<HelpRequest> inRegion(String regionCode, Query query) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("regionCode", regionCode)));
        if (!query.statuses().isEmpty()) {
            filters.add(Filters.in(
                    "status", query.statuses().stream().map(Enum::name).toList()));
        }
        if (query.since() != null) {
            filters.add(Filters.gte("updatedAt", Date.from(query.since())));
        }
        if (query.urgency() != null) {
            filters.add(Filters.eq("urgency", query.urgency()));
        }
        List<HelpRequest> found = new ArrayList<>();
        requests.find(Filters.and(filters))
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.descending("number")))
                .skip(Math.max(0, query.skip()))
                .limit(Math.max(1, Math.min(200, query.limit())))
                .forEach(d -> found.add(MongoHelpRequestDocuments.fromDocument(d)));
        return found;
    }

    @Override
    public List<HelpRequest> changedSince(Instant since, int limit) {
        List<HelpRequest> found = new ArrayList<>();
        requests.find(Filters.gte("updatedAt", Date.from(since)))
                .sort(Sorts.ascending("updatedAt"))
                .limit(limit)
                .forEach(d -> found.add(MongoHelpRequestDocuments.fromDocument(d)));
        return found;
    }

    @Override
    public List<HelpRequest> unforwarded(int limit) {
        List<HelpRequest> found = new ArrayList<>();
        requests.find(Filters.exists("forwardedAt", false))
                .sort(Sorts.ascending("createdAt"))
                .limit(limit)
                .forEach(d -> found.add(MongoHelpRequestDocuments.fromDocument(d)));
        return found;
    }

    @Override
    public List<HelpRequest> unforwardedIn(java.util.Collection<String> regionCodes, int limit) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        List<HelpRequest> found = new ArrayList<>();
        requests.find(Filters.and(
                        Filters.exists("forwardedAt", false),
                        Filters.in("regionCode", regionCodes.stream().sorted().toList())))
                .sort(Sorts.ascending("createdAt"))
                .limit(limit)
                .forEach(d -> found.add(MongoHelpRequestDocuments.fromDocument(d)));
        return found;
    }

    @Override
    public java.util.Map<String, Waiting> waitingByRegion() {
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        Bson waiting =
                Filters.or(Filters.eq("status", RequestStatus.SUBMITTED.name()), Filters.exists("forwardedAt", false));
        requests.find(waiting)
                .projection(new Document("regionCode", 1).append("status", 1).append("forwardedAt", 1))
                .forEach(d -> {
                    long[] c = counts.computeIfAbsent(String.valueOf(d.getString("regionCode")), r -> new long[2]);
                    c[0] += RequestStatus.SUBMITTED.name().equals(d.getString("status")) ? 1 : 0;
                    c[1] += d.get("forwardedAt") == null ? 1 : 0;
                });
        java.util.Map<String, Waiting> result = new java.util.TreeMap<>();
        counts.forEach((region, c) -> result.put(region, new Waiting(c[0], c[1])));
        return result;
    }

    @Override
    public void markForwarded(String number, Instant at) {
        requests.updateOne(
                Filters.and(Filters.eq("number", number), Filters.exists("forwardedAt", false)),
                Updates.set("forwardedAt", Date.from(at)));
    }

    private Optional<Stored> find(String number) {
        return Optional.ofNullable(requests.find(Filters.eq("number", number)).first())
                .map(d -> new Stored(
                        MongoHelpRequestDocuments.fromDocument(d),
                        d.getList("history", Document.class, List.of()).stream()
                                .map(MongoHelpRequestDocuments::change)
                                .toList()));
    }

    /** A request with its history as read together. */
    private record Stored(HelpRequest request, List<StatusChange> history) {
        int nextSeq() {
            return history.size() + 1;
        }
    }
}
