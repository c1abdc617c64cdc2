package org.wearetogether.tasks.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.storage.MongoErrors;
import org.wearetogether.storage.MongoIndexes;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;

/**
 * The tasks in {@code tasks}, one document per offer. A request has at most one live task: a live task's
 * {@code liveKey} is the request's number, an ended one's is its own id, and {@code liveKey} is unique. Every state
 * change is one write guarded by the state it expects, so of two presses (or a press and the timeout) one wins.
 */
@org.springframework.stereotype.Repository
class MongoTasks {

    private static final List<String> LIVE = List.of(TaskState.OFFERED.name(), TaskState.ACCEPTED.name());

    private final MongoCollection<Document> tasks;

    MongoTasks(MongoDatabase database) {
        this.tasks = database.getCollection("tasks");
        MongoIndexes.ensure(
                tasks,
                new IndexModel(Indexes.ascending("liveKey"), new IndexOptions().unique(true)),
                new IndexModel(Indexes.ascending("number")),
                new IndexModel(Indexes.ascending("volunteerUserId")));
    }

    /** Stores a new offer; false when the request has a live task already. */
    boolean offer(Task task) {
        Document d = new Document("_id", task.id())
                .append("liveKey", task.number())
                .append("number", task.number())
                .append("regionCode", task.regionCode())
                .append("state", TaskState.OFFERED.name())
                .append("volunteerUserId", task.volunteerUserId())
                .append("volunteerChatKey", task.volunteerChatKey())
                .append("volunteerFirstName", task.volunteerFirstName())
                .append("volunteerLanguage", task.volunteerLanguage())
                .append("holderId", task.holderId())
                .append("holderChatKey", task.holderChatKey())
                .append("holderLanguage", task.holderLanguage())
                .append("offeredAt", Date.from(task.offeredAt()))
                .append("dueAt", Date.from(task.dueAt()))
                .append("updatedAt", Date.from(task.offeredAt()));
        try {
            tasks.insertOne(d);
            return true;
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Moves a task from one of the expected states to {@code to}; true for exactly one of concurrent movers. Ending
     * a task frees its request for the next offer.
     */
    boolean move(String id, Set<TaskState> from, TaskState to, String reason, Instant at) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("state", to.name()), Updates.set("updatedAt", Date.from(at)), Updates.unset("dueAt")));
        if (!to.live()) {
            updates.add(Updates.set("liveKey", id));
        }
        if (reason != null) {
            updates.add(Updates.set("reason", reason));
        }
        Bson expected = Filters.and(
                Filters.eq("_id", id),
                Filters.in("state", from.stream().map(Enum::name).toList()));
        return tasks.updateOne(expected, Updates.combine(updates)).getModifiedCount() == 1;
    }

    /** Remembers the id of the message the volunteer got, to edit it when the task changes. */
    void messagePosted(String id, String messageId) {
        tasks.updateOne(Filters.eq("_id", id), Updates.set("messageId", messageId));
    }

    Optional<String> messageId(String id) {
        Document d = tasks.find(Filters.eq("_id", id)).first();
        return Optional.ofNullable(d == null ? null : d.getString("messageId"));
    }

    /**
     * Notes that the messages of these tasks must be edited to a stub without personal data: the chat and message id
     * are copied to {@code stub} (so that the edit can still reach the message once the task's ids are replaced by
     * pseudonyms) and removed when the edit is done or given up. Tasks whose stub is settled already are left alone.
     */
    int oweStubs(Bson which) {
        int owed = 0;
        for (Document d :
                tasks.find(Filters.and(which, Filters.exists("messageId", true), Filters.exists("stub", false)))) {
            Document stub = new Document("state", STUB_OWED)
                    .append("chat", d.getString("volunteerChatKey"))
                    .append("msg", d.getString("messageId"))
                    .append("attempts", 0);
            owed += (int) tasks.updateOne(
                            Filters.and(Filters.eq("_id", d.getString("_id")), Filters.exists("stub", false)),
                            Updates.set("stub", stub))
                    .getModifiedCount();
        }
        return owed;
    }

    int oweStubsOfRequest(String number) {
        return oweStubs(Filters.eq("number", number));
    }

    int oweStubsOfVolunteer(String volunteerUserId) {
        return oweStubs(Filters.eq("volunteerUserId", volunteerUserId));
    }

    static final String STUB_OWED = "OWED";
    static final String STUB_DONE = "DONE";
    static final String STUB_GIVEN_UP = "GIVEN_UP";

    /** A task message waiting to be edited to its stub. */
    record OwedStub(String taskId, String number, String chatKey, String messageId, String language, int attempts) {}

    List<OwedStub> owedStubs(int limit) {
        List<OwedStub> owed = new ArrayList<>();
        tasks.find(Filters.eq("stub.state", STUB_OWED)).limit(limit).forEach(d -> {
            Document stub = d.get("stub", Document.class);
            owed.add(new OwedStub(
                    d.getString("_id"),
                    d.getString("number"),
                    stub.getString("chat"),
                    stub.getString("msg"),
                    d.getString("volunteerLanguage"),
                    stub.getInteger("attempts", 0)));
        });
        return owed;
    }

    /** The stub is in place, or will never be: the chat and message ids are dropped either way. */
    void stubSettled(String taskId, String state) {
        tasks.updateOne(
                Filters.eq("_id", taskId),
                Updates.combine(Updates.set("stub", new Document("state", state)), Updates.unset("messageId")));
    }

    void stubFailed(String taskId) {
        tasks.updateOne(Filters.eq("_id", taskId), Updates.inc("stub.attempts", 1));
    }

    /**
     * Replaces a forgotten volunteer's user id, chat key and first name with their pseudonym in all their tasks (the
     * coordinators' history then shows the pseudonym); their language stays. Returns how many tasks changed.
     */
    long pseudonymiseVolunteer(String userId, String pseudonym) {
        return tasks.updateMany(
                        Filters.eq("volunteerUserId", userId),
                        Updates.combine(
                                Updates.set("volunteerUserId", pseudonym),
                                Updates.set("volunteerChatKey", pseudonym),
                                Updates.set("volunteerFirstName", pseudonym)))
                .getModifiedCount();
    }

    /** The same for a forgotten coordinator who offered tasks, in ended tasks only (live ones still answer to them). */
    long pseudonymiseHolder(String userId, String pseudonym) {
        return tasks.updateMany(
                        Filters.and(Filters.eq("holderId", userId), Filters.nin("state", LIVE)),
                        Updates.combine(Updates.set("holderId", pseudonym), Updates.set("holderChatKey", pseudonym)))
                .getModifiedCount();
    }

    Optional<Task> byId(String id) {
        return Optional.ofNullable(tasks.find(Filters.eq("_id", id)).first()).map(MongoTasks::task);
    }

    Optional<Task> live(String number) {
        return Optional.ofNullable(tasks.find(Filters.eq("liveKey", number)).first())
                .map(MongoTasks::task);
    }

    Optional<Task> latest(String number) {
        return Optional.ofNullable(tasks.find(Filters.eq("number", number))
                        .sort(Sorts.descending("offeredAt"))
                        .first())
                .map(MongoTasks::task);
    }

    /**
     * Whether this is the request's only task ever, i.e. its first (the one that may keep the code word given at
     * filing). Exact even for offers in the same millisecond: a later task can only exist once this one has ended.
     */
    boolean onlyTaskOf(String number, String id) {
        return tasks.find(Filters.and(Filters.eq("number", number), Filters.ne("_id", id)))
                        .projection(new Document("_id", 1))
                        .first()
                == null;
    }

    List<Task> liveOf(String volunteerUserId) {
        return list(Filters.and(Filters.eq("volunteerUserId", volunteerUserId), Filters.in("state", LIVE)));
    }

    List<Task> allLive(int limit) {
        List<Task> found = new ArrayList<>();
        tasks.find(Filters.in("state", LIVE))
                .sort(Sorts.ascending("offeredAt"))
                .limit(limit)
                .forEach(d -> found.add(task(d)));
        return found;
    }

    List<Task> dueOffers(Instant now, int limit) {
        List<Task> found = new ArrayList<>();
        tasks.find(Filters.and(Filters.eq("state", TaskState.OFFERED.name()), Filters.lte("dueAt", Date.from(now))))
                .limit(limit)
                .forEach(d -> found.add(task(d)));
        return found;
    }

    /** The number of live tasks of each of these volunteers (absent: none). */
    Map<String, Integer> load(Collection<String> volunteerUserIds) {
        Map<String, Integer> counts = new HashMap<>();
        if (volunteerUserIds.isEmpty()) {
            return counts;
        }
        tasks.find(Filters.and(Filters.in("volunteerUserId", List.copyOf(volunteerUserIds)), Filters.in("state", LIVE)))
                .forEach(d -> counts.merge(d.getString("volunteerUserId"), 1, Integer::sum));
        return counts;
    }

    private List<Task> list(Bson filter) {
        List<Task> found = new ArrayList<>();
        tasks.find(filter).sort(Sorts.ascending("offeredAt")).forEach(d -> found.add(task(d)));
        return found;
    }

    private static Task task(Document d) {
        return new Task(
                d.getString("_id"),
                d.getString("number"),
                d.getString("regionCode"),
                TaskState.valueOf(d.getString("state")),
                d.getString("volunteerUserId"),
                d.getString("volunteerChatKey"),
                d.getString("volunteerFirstName"),
                d.getString("volunteerLanguage"),
                d.getString("holderId"),
                d.getString("holderChatKey"),
                d.getString("holderLanguage"),
                d.getString("reason"),
                instant(d, "offeredAt"),
                instant(d, "dueAt"),
                instant(d, "updatedAt"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
