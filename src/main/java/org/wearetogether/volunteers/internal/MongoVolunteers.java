package org.wearetogether.volunteers.internal;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.storage.MongoIndexes;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerDesk;
import org.wearetogether.volunteers.VolunteerStatus;
import org.wearetogether.volunteers.Volunteers;

/**
 * Volunteers' profiles in the {@code volunteers} collection, {@code _id} = user id (one profile per person). Every
 * change is one guarded write of one document: on the profile's version, or on the expected status and approval
 * round, so replays and two instances (or two coordinators) at once are safe. Queries on other fields scan on the
 * embedded server, which is correct, only slower.
 *
 * <p>One document (what a seeding benchmark must write; fields marked * may be left out):
 *
 * <pre>{@code
 * {
 *   _id:          "12345",                 // user id (string), also the paging key of page()
 *   chatKey:      "telegram:12345",        // where tasks and announcements go
 *   name:         "Ivan Petrov",
 *   nameLower:    "ivan petrov",           // name.toLowerCase(Locale.ROOT): available() sorts and searches on it
 *   age:          17,                      // int
 *   phone:        "+79161234567",          // E.164
 *   region:       "RU-MOW",                // ISO 3166-2:RU
 *   district:     "Tverskoy",
 *   skills:       ["own_car", "medical"],  // option ids of the dialog; [] for none
 *   availability: ["weekends"],            // weekdays | weekends | evenings
 *   hours:        4,                       // int, hours a week
 *   status:       "APPROVED",              // VolunteerStatus name
 *   reason:       null,                    // * a decline's reason
 *   language:     "ru",
 *   createdAt:    ISODate, updatedAt: ISODate,
 *   // the approval's bookkeeping (for a seeded APPROVED profile: v 1, round 1, the rest left out)
 *   v:            1,                       // int, bumped by every write
 *   round:        1,                       // int, bumped each time the profile goes to the coordinators
 *   conv:         "...",                   // * the last sign-up conversation applied
 *   editAt:       ISODate,                 // * the volunteer pressed Edit
 *   cardsOwed:    false,                   // * true: the sweep still has coordinators' cards to post
 *   cards:        [{chat: "telegram:901", msg: "55"}],  // * the cards posted this round
 *   noticeOwed:   false,                   // * true: the decision is not yet told to the volunteer
 *   decidedBy:    "Olga (@olga)", decidedById: "901"     // * who decided
 *   decidedFrom:  "console",               // * decided in the web console (the decider's card is edited too)
 *   lastActiveAt: ISODate                  // * the volunteer's last activity (sign-up, /pause, /resume, task
 *                                          //   answers), written at most once an hour
 * }
 * }</pre>
 *
 * <p>Cards of earlier rounds and of deleted profiles wait in {@code volunteer_stale_cards} until the sweep has
 * edited the personal data off them; a deleted profile's departure waits in {@code volunteer_departures} (user id
 * and first name only) until {@code VolunteerLeft} is published.
 */
@org.springframework.stereotype.Repository
class MongoVolunteers implements Volunteers {

    static final String COLLECTION = "volunteers";
    static final String LAST_ACTIVE = "lastActiveAt";
    static final String DECIDED_FROM = "decidedFrom";
    static final String CONSOLE = "console";
    private static final int MAX_ATTEMPTS = 10;

    private final MongoCollection<Document> volunteers;
    /** Cards of earlier rounds or of deleted profiles, waiting to be edited (personal data removed). */
    private final MongoCollection<Document> staleCards;
    /** Profiles deleted whose {@code VolunteerLeft} may not have been published yet ({@code _id} = user id). */
    private final MongoCollection<Document> departures;

    MongoVolunteers(MongoDatabase database) {
        this.volunteers = database.getCollection(COLLECTION);
        this.staleCards = database.getCollection("volunteer_stale_cards");
        this.departures = database.getCollection("volunteer_departures");
        // MongoDB serves a region's lists from these; the embedded store ignores non-unique indexes and reads them all
        MongoIndexes.ensure(
                volunteers,
                new IndexModel(Indexes.ascending("region", "nameLower", "_id")),
                new IndexModel(Indexes.ascending("region", "status", "nameLower", "_id")));
    }

    @Override
    public Optional<Volunteer> byUserId(String userId) {
        return profile(userId).map(Profile::volunteer);
    }

    @Override
    public List<Volunteer> available(String regionCode, String search, int skip, int limit) {
        List<Bson> filters = new ArrayList<>(
                List.of(Filters.eq("region", regionCode), Filters.eq("status", VolunteerStatus.APPROVED.name())));
        if (search != null && !search.isBlank()) {
            String lower = search.strip().toLowerCase(Locale.ROOT);
            filters.add(Filters.regex("nameLower", Pattern.compile(Pattern.quote(lower))));
        }
        return volunteers
                .find(Filters.and(filters))
                .sort(Sorts.ascending("nameLower", "_id"))
                .skip(Math.max(0, skip))
                .limit(Math.max(0, limit))
                .map(MongoVolunteerDocuments::volunteer)
                .into(new ArrayList<>());
    }

    @Override
    public List<Volunteer> page(Audience audience, String afterUserId, int limit) {
        Bson filter = afterUserId == null
                ? audienceFilter(audience)
                : Filters.and(audienceFilter(audience), Filters.gt("_id", afterUserId));
        return volunteers
                .find(filter)
                .sort(Sorts.ascending("_id"))
                .limit(Math.max(0, limit))
                .map(MongoVolunteerDocuments::volunteer)
                .into(new ArrayList<>());
    }

    @Override
    public long count(Audience audience) {
        return volunteers.countDocuments(audienceFilter(audience));
    }

    private static Bson audienceFilter(Audience audience) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.in(
                "status", audience.statuses().stream().map(Enum::name).sorted().toList()));
        if (!audience.regions().isEmpty()) {
            filters.add(
                    Filters.in("region", audience.regions().stream().sorted().toList()));
        }
        if (!audience.skills().isEmpty()) {
            filters.add(Filters.in("skills", audience.skills().stream().sorted().toList()));
        }
        return Filters.and(filters);
    }

    /** One page of a region's profiles for the console, with how many match and the region's counts by status. */
    record RegionPage(List<Profile> profiles, long total, Map<VolunteerStatus, Long> byStatus) {}

    /**
     * A region's profiles, filtered, ordered and paged. Three reads: the page, the count and the counts by status. On
     * MongoDB the {@code region} indexes serve them; the embedded store reads every profile for each.
     */
    RegionPage region(VolunteerDesk.Query q) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("region", q.regionCode())));
        if (!q.statuses().isEmpty()) {
            filters.add(Filters.in(
                    "status", q.statuses().stream().map(Enum::name).sorted().toList()));
        }
        if (q.skill() != null && !q.skill().isBlank()) {
            filters.add(Filters.eq("skills", q.skill()));
        }
        if (q.search() != null && !q.search().isBlank()) {
            String lower = q.search().strip().toLowerCase(Locale.ROOT);
            filters.add(Filters.regex("nameLower", Pattern.compile(Pattern.quote(lower))));
        }
        Bson filter = filters.size() == 1 ? filters.get(0) : Filters.and(filters);
        Bson order = switch (q.sort()) {
            case NAME -> Sorts.ascending("nameLower", "_id");
            case LAST_ACTIVE -> Sorts.orderBy(Sorts.descending(LAST_ACTIVE), Sorts.ascending("_id"));
            case NEWEST -> Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id"));
        };
        List<Profile> page = volunteers
                .find(filter)
                .sort(order)
                .skip(q.page() * q.pageSize())
                .limit(q.pageSize())
                .map(MongoVolunteerDocuments::profile)
                .into(new ArrayList<>());
        long total = volunteers.countDocuments(filter);
        Map<VolunteerStatus, Long> byStatus = new EnumMap<>(VolunteerStatus.class);
        for (VolunteerStatus status : VolunteerStatus.values()) {
            byStatus.put(status, 0L);
        }
        volunteers
                .aggregate(List.of(
                        Aggregates.match(Filters.eq("region", q.regionCode())),
                        Aggregates.group("$status", Accumulators.sum("n", 1))))
                .forEach(d ->
                        byStatus.put(VolunteerStatus.valueOf(d.getString("_id")), ((Number) d.get("n")).longValue()));
        return new RegionPage(page, total, byStatus);
    }

    Optional<Profile> profile(String userId) {
        return Optional.ofNullable(volunteers.find(Filters.eq("_id", userId)).first())
                .map(MongoVolunteerDocuments::profile);
    }

    /** What a sign-up did. */
    enum SignUpKind {
        /** A new profile, pending. */
        CREATED,
        /** An existing profile changed and keeps its status. */
        EDITED,
        /** An existing profile changed and goes to the coordinators again (pending, a new round). */
        SENT_AGAIN,
        /** This conversation was applied before: nothing changed. */
        REPLAYED
    }

    record SignUp(Profile profile, SignUpKind kind) {}

    /**
     * Stores a submitted sign-up: a new pending profile, or an edit of the existing one. An approved (or paused)
     * profile stays so unless the region changed; any other edit goes to the coordinators again. Idempotent on the
     * conversation id.
     */
    SignUp signUp(Volunteer submitted, String conversationId, Instant now) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Document current =
                    volunteers.find(Filters.eq("_id", submitted.userId())).first();
            if (current == null) {
                Optional<SignUp> created = insert(submitted, conversationId, now);
                if (created.isPresent()) {
                    return created.get();
                }
                continue;
            }
            Profile earlier = MongoVolunteerDocuments.profile(current);
            if (conversationId.equals(earlier.conversationId())) {
                return new SignUp(earlier, SignUpKind.REPLAYED);
            }
            Optional<SignUp> edited = edit(earlier, submitted, conversationId, now);
            if (edited.isPresent()) {
                return edited.get();
            }
        }
        throw new IllegalStateException("The profile of " + submitted.userId() + " kept changing; try again");
    }

    private Optional<SignUp> insert(Volunteer submitted, String conversationId, Instant now) {
        Volunteer fresh = withStatus(submitted, VolunteerStatus.PENDING, null, now, now);
        Document doc = new Document("_id", fresh.userId())
                .append("v", 1)
                .append("round", 1)
                .append("conv", conversationId)
                .append("cardsOwed", true)
                .append("cards", List.of())
                .append("noticeOwed", false)
                .append(LAST_ACTIVE, MongoVolunteerDocuments.date(now));
        doc.putAll(MongoVolunteerDocuments.fields(fresh));
        try {
            volunteers.insertOne(doc);
            return Optional.of(new SignUp(MongoVolunteerDocuments.profile(doc), SignUpKind.CREATED));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty(); // another submission created it first: edit it instead
            }
            throw e;
        }
    }

    private Optional<SignUp> edit(Profile earlier, Volunteer submitted, String conversationId, Instant now) {
        Volunteer old = earlier.volunteer();
        boolean settled = old.status() == VolunteerStatus.APPROVED || old.status() == VolunteerStatus.PAUSED;
        boolean keeps = settled && old.regionCode().equals(submitted.regionCode());
        Volunteer changed = keeps
                ? withStatus(submitted, old.status(), old.statusReason(), old.createdAt(), now)
                : withStatus(submitted, VolunteerStatus.PENDING, null, old.createdAt(), now);
        List<Bson> updates = new ArrayList<>();
        MongoVolunteerDocuments.fields(changed).forEach((k, val) -> updates.add(Updates.set(k, val)));
        updates.add(Updates.set("conv", conversationId));
        updates.add(Updates.set(LAST_ACTIVE, MongoVolunteerDocuments.date(now)));
        updates.add(Updates.unset("editAt"));
        updates.add(Updates.inc("v", 1));
        if (!keeps) {
            updates.add(Updates.set("round", earlier.round() + 1));
            updates.add(Updates.set("cardsOwed", true));
            updates.add(Updates.set("cards", List.of()));
            updates.add(Updates.set("noticeOwed", false));
            updates.add(Updates.unset("decidedBy"));
            updates.add(Updates.unset("decidedById"));
            updates.add(Updates.unset(DECIDED_FROM));
        }
        Document guard = new Document("_id", old.userId()).append("v", earlier.version());
        if (volunteers.updateOne(guard, Updates.combine(updates)).getMatchedCount() == 0) {
            return Optional.empty();
        }
        if (!keeps) {
            retire(old.userId() + ":" + earlier.round(), earlier.cards(), StaleKind.CHANGED);
        }
        Profile stored = profile(old.userId()).orElseThrow();
        return Optional.of(new SignUp(stored, keeps ? SignUpKind.EDITED : SignUpKind.SENT_AGAIN));
    }

    private static Volunteer withStatus(
            Volunteer v, VolunteerStatus status, String reason, Instant createdAt, Instant updatedAt) {
        return new Volunteer(
                v.userId(),
                v.chatKey(),
                v.name(),
                v.age(),
                v.phone(),
                v.regionCode(),
                v.district(),
                v.skills(),
                v.availability(),
                v.hoursPerWeek(),
                status,
                reason,
                v.language(),
                createdAt,
                updatedAt);
    }

    /**
     * A coordinator's decision: PENDING of this round to APPROVED or DECLINED, in one guarded write; the volunteer's
     * notice becomes owed. Empty when the profile is no longer pending in this round (decided already, changed, gone).
     */
    Optional<Profile> decide(
            String userId,
            int round,
            VolunteerStatus to,
            String reason,
            String decidedBy,
            String decidedById,
            Instant now) {
        return decide(userId, round, to, reason, decidedBy, decidedById, false, now);
    }

    /**
     * The same; {@code onConsole}: decided in the web console, so the decider's own card was not edited as they
     * pressed and the sweep edits it with the others.
     */
    Optional<Profile> decide(
            String userId,
            int round,
            VolunteerStatus to,
            String reason,
            String decidedBy,
            String decidedById,
            boolean onConsole,
            Instant now) {
        Document guard = new Document("_id", userId)
                .append("status", VolunteerStatus.PENDING.name())
                .append("round", round);
        Document after = volunteers.findOneAndUpdate(
                guard,
                Updates.combine(
                        Updates.set("status", to.name()),
                        Updates.set("reason", reason),
                        Updates.set("decidedBy", decidedBy),
                        Updates.set("decidedById", decidedById),
                        onConsole ? Updates.set(DECIDED_FROM, CONSOLE) : Updates.unset(DECIDED_FROM),
                        Updates.set("noticeOwed", true),
                        Updates.set("updatedAt", MongoVolunteerDocuments.date(now)),
                        Updates.inc("v", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(after).map(MongoVolunteerDocuments::profile);
    }

    /** From one status to another (pause, resume) in one guarded write; false when the profile was not {@code from}. */
    boolean changeStatus(String userId, VolunteerStatus from, VolunteerStatus to, Instant now) {
        return changeStatus(userId, from, to, true, now);
    }

    /** The same; {@code byVolunteer}: the volunteer's own doing, which is also their last activity. */
    boolean changeStatus(String userId, VolunteerStatus from, VolunteerStatus to, boolean byVolunteer, Instant now) {
        Document guard = new Document("_id", userId).append("status", from.name());
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("status", to.name()),
                Updates.set("updatedAt", MongoVolunteerDocuments.date(now)),
                Updates.inc("v", 1)));
        if (byVolunteer) {
            updates.add(Updates.set(LAST_ACTIVE, MongoVolunteerDocuments.date(now)));
        }
        return volunteers.updateOne(guard, Updates.combine(updates)).getModifiedCount() == 1;
    }

    /** When the volunteer was last seen active (null: not since this was first stored, or no profile). */
    Optional<Instant> lastActive(String userId) {
        Document d = volunteers
                .find(Filters.eq("_id", userId))
                .projection(new Document(LAST_ACTIVE, 1))
                .first();
        return d == null || d.getDate(LAST_ACTIVE) == null
                ? Optional.empty()
                : Optional.of(d.getDate(LAST_ACTIVE).toInstant());
    }

    /** Records the volunteer's last activity: one write found by {@code _id}; false when there is no profile. */
    boolean active(String userId, Instant at) {
        return volunteers
                        .updateOne(
                                Filters.eq("_id", userId), Updates.set(LAST_ACTIVE, MongoVolunteerDocuments.date(at)))
                        .getMatchedCount()
                == 1;
    }

    /** The volunteer pressed Edit: the next /volunteer runs the sign-up again. False when there is no profile. */
    boolean requestEdit(String userId, Instant now) {
        return volunteers
                        .updateOne(Filters.eq("_id", userId), Updates.set("editAt", MongoVolunteerDocuments.date(now)))
                        .getMatchedCount()
                == 1;
    }

    List<Profile> cardsOwed(int limit) {
        return volunteers
                .find(new Document("cardsOwed", true))
                .sort(Sorts.ascending("_id"))
                .limit(limit)
                .map(MongoVolunteerDocuments::profile)
                .into(new ArrayList<>());
    }

    /** Records a posted card; false when the profile is no longer pending in that round (the card is stale). */
    boolean recordCard(String userId, int round, Profile.CardRef card) {
        Document guard = new Document("_id", userId)
                .append("status", VolunteerStatus.PENDING.name())
                .append("round", round);
        return volunteers
                        .updateOne(
                                guard,
                                Updates.push(
                                        "cards", new Document("chat", card.chatKey()).append("msg", card.messageId())))
                        .getMatchedCount()
                == 1;
    }

    void cardsPosted(String userId, int round) {
        volunteers.updateOne(new Document("_id", userId).append("round", round), Updates.set("cardsOwed", false));
    }

    List<Profile> noticesOwed(int limit) {
        return volunteers
                .find(new Document("noticeOwed", true))
                .sort(Sorts.ascending("_id"))
                .limit(limit)
                .map(MongoVolunteerDocuments::profile)
                .into(new ArrayList<>());
    }

    void noticeSent(String userId, int round) {
        volunteers.updateOne(new Document("_id", userId).append("round", round), Updates.set("noticeOwed", false));
    }

    /**
     * Deletes the profile; its cards wait to have the personal data removed. The cards are set aside before the
     * delete (a crash in between leaves no card with personal data behind), and again from the deleted document in
     * case a card was recorded in the meantime. Returns the profile when this call deleted it (empty when there was
     * none).
     */
    Optional<Volunteer> forget(String userId, Instant now) {
        Optional<Profile> profile = profile(userId);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        departures.replaceOne(
                Filters.eq("_id", userId),
                new Document("_id", userId)
                        .append("firstName", profile.get().volunteer().firstName())
                        .append("chatKey", profile.get().volunteer().chatKey())
                        .append("at", MongoVolunteerDocuments.date(now)),
                new ReplaceOptions().upsert(true));
        String staleId = userId + ":gone";
        retire(staleId, profile.get().cards(), StaleKind.GONE);
        Document deleted = volunteers.findOneAndDelete(Filters.eq("_id", userId));
        if (deleted == null) {
            return Optional.empty();
        }
        Profile last = MongoVolunteerDocuments.profile(deleted);
        if (!profile.get().cards().containsAll(last.cards())) {
            retire(staleId, last.cards(), StaleKind.GONE);
        }
        return Optional.of(last.volunteer());
    }

    /** A deleted profile whose departure may still have to be announced to the other modules. */
    record Departure(String userId, String firstName, String chatKey) {}

    /**
     * Departures noted before {@code notedBefore} whose profile is gone: the process stopped between deleting and
     * announcing. One whose profile still exists (the delete never happened) is dropped.
     */
    List<Departure> departuresOwed(Instant notedBefore, int limit) {
        List<Departure> owed = new ArrayList<>();
        for (Document d : departures
                .find(Filters.lt("at", MongoVolunteerDocuments.date(notedBefore)))
                .limit(limit)) {
            String userId = d.getString("_id");
            if (volunteers.find(Filters.eq("_id", userId)).first() == null) {
                owed.add(new Departure(userId, d.getString("firstName"), d.getString("chatKey")));
            } else {
                departed(userId);
            }
        }
        return owed;
    }

    /** The departure is announced. */
    void departed(String userId) {
        departures.deleteOne(Filters.eq("_id", userId));
    }

    /** Why cards are edited away. */
    enum StaleKind {
        /** The volunteer changed the profile; a newer card was sent. */
        CHANGED,
        /** The volunteer deleted the profile. */
        GONE
    }

    record StaleCards(String id, List<Profile.CardRef> cards, StaleKind kind) {}

    /**
     * Sets cards aside to be edited by the sweep. Cards are added to what waits under the same id (a profile deleted,
     * signed up again and deleted again before the sweep ran keeps both sets).
     */
    void retire(String id, List<Profile.CardRef> cards, StaleKind kind) {
        if (cards.isEmpty()) {
            return;
        }
        staleCards.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.addEachToSet("cards", MongoVolunteerDocuments.cards(cards)),
                        Updates.set("kind", kind.name())),
                new UpdateOptions().upsert(true));
    }

    List<StaleCards> staleCards(int limit) {
        List<StaleCards> found = new ArrayList<>();
        for (Document d : staleCards.find().limit(limit)) {
            List<Profile.CardRef> cards = d.getList("cards", Document.class, List.of()).stream()
                    .map(c -> new Profile.CardRef(c.getString("chat"), c.getString("msg")))
                    .toList();
            found.add(new StaleCards(d.getString("_id"), cards, StaleKind.valueOf(d.getString("kind"))));
        }
        return found;
    }

    void staleDone(String id) {
        staleCards.deleteOne(Filters.eq("_id", id));
    }
}
