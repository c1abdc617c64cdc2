package org.wearetogether.tasks.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.tasks.TaskChanged;
import org.wearetogether.tasks.TasksSettings;
import org.wearetogether.testing.FixedRegions;
import org.wearetogether.testing.MongoFixtures;

/** The tasks feature wired with fakes around a fresh in-memory store: requests, volunteers, roles, a chat channel. */
final class TaskBed implements AutoCloseable {

    static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "901", "Olga");
    static final Person OLGA_PERSON = person("901", "Olga");
    static final Person PETR_PERSON = person("902", "Petr");
    static final Person ADMIN_PERSON = person("900", "Admin");
    static final Person IVAN = person("777", "Ivan");
    static final Person MARIA = person("778", "Maria");
    static final String NUMBER = "MOW-000001";

    final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final FakeRequests requests = new FakeRequests();
    final FixedVolunteers volunteers = new FixedVolunteers();
    final Chats chats = new Chats();
    final List<Audit.Entry> audit = new CopyOnWriteArrayList<>();
    final List<Object> events = new CopyOnWriteArrayList<>();
    final MongoTasks tasks = new MongoTasks(mongo.database());
    final MongoTaskWaits waits = new MongoTaskWaits(mongo.database());
    final TasksSettings settings = new TasksSettings(Duration.ofHours(1), Duration.ofSeconds(30), 8);
    final Assigning assigning;
    final RankingCandidates ranking;
    final Answering answering;
    final TaskButtons buttons;
    final TaskMessages messages;
    final CodeWordIssuing codeWords;

    TaskBed() {
        Messenger messenger = new Messenger(() -> Map.of("telegram", chats));
        messages = new TaskMessages(
                OptionWords.from(new DialogFolder(Path.of("dialogs")), "request-help.yaml"),
                code -> ZoneId.of("Europe/Moscow"),
                requests);
        TaskChanges changes = new TaskChanges(tasks, requests, messages, messenger, auditLog(), events::add, clock);
        codeWords = new CodeWordIssuing(requests, tasks, requests, messenger);
        VolunteerList list = new VolunteerList(
                () -> volunteers,
                tasks,
                FixedRegions.of(FixedRegions.MOSCOW),
                OptionWords.from(new DialogFolder(Path.of("dialogs"))),
                8);
        ranking = new RankingCandidates(
                () -> volunteers,
                tasks,
                OptionWords.from(new DialogFolder(Path.of("dialogs")), "volunteer-signup.yaml"),
                code -> ZoneId.of("Europe/Moscow"),
                clock);
        assigning = new Assigning(
                tasks,
                waits,
                requests,
                () -> volunteers,
                roles(),
                list,
                ranking,
                messages,
                messenger,
                changes,
                codeWords,
                settings,
                clock);
        answering = new Answering(tasks, waits, requests, requests, messages, messenger, changes, codeWords, clock);
        buttons = new TaskButtons(assigning, answering, tasks, waits, clock);
        requests.add(NUMBER, RequestStatus.ACCEPTED, OLGA);
    }

    /** A separate instance's sweeper over the same store (as a second instance of the service would have). */
    Withdrawing withdrawing() {
        Messenger messenger = new Messenger(() -> Map.of("telegram", chats));
        TaskMessages messages = new TaskMessages(new OptionWords(Map.of()), requests);
        TaskChanges changes = new TaskChanges(tasks, requests, messages, messenger, auditLog(), events::add, clock);
        return new Withdrawing(tasks, requests, requests, () -> volunteers, messenger, changes, clock);
    }

    List<Reply> press(Person who, String data) {
        return buttons.press(who, "en", data);
    }

    /** Olga offers the request to a volunteer; returns the new task's id. */
    String offerTo(String volunteerUserId) {
        buttons.press(OLGA_PERSON, "en", "t:offer:" + NUMBER + ":" + volunteerUserId);
        return tasks.live(NUMBER).orElseThrow().id();
    }

    long taskEvents() {
        return events.stream().filter(e -> e instanceof TaskChanged).count();
    }

    private Audit auditLog() {
        return new Audit() {
            @Override
            public void record(Entry entry) {
                audit.add(entry);
            }

            @Override
            public List<Entry> about(String subject, int limit) {
                return List.of();
            }

            @Override
            public long pseudonymise(String id, String pseudonym) {
                return 0; // no test of this fake forgets anyone
            }
        };
    }

    private static Roles roles() {
        return new Roles() {
            @Override
            public boolean isAdmin(String userId) {
                return "900".equals(userId);
            }

            @Override
            public Set<String> coordinatedRegions(String userId) {
                return Set.of("901", "902").contains(userId) ? Set.of("RU-MOW") : Set.of();
            }

            @Override
            public boolean isOperator(String userId) {
                return false;
            }

            @Override
            public Set<String> coordinatorsOf(String regionCode) {
                return Set.of("901", "902");
            }

            @Override
            public Set<String> admins() {
                return Set.of("900");
            }
        };
    }

    static Person person(String userId, String firstName) {
        return new Person("telegram", userId, userId, firstName, null);
    }

    static String text(List<Reply> replies) {
        List<String> texts = new ArrayList<>();
        for (Reply r : replies) {
            if (r instanceof Reply.Message m) {
                texts.add(m.text());
            } else if (r instanceof Reply.EditPressed e) {
                texts.add(e.text());
            } else if (r instanceof Reply.Notice n) {
                texts.add(n.text());
            }
        }
        return String.join("\n", texts);
    }

    @Override
    public void close() {
        mongo.close();
    }

    /** The telegram channel: what each chat got; chats in {@code unreachable} cannot be posted to. */
    static final class Chats implements ChannelSender {
        final Map<String, List<String>> texts = new ConcurrentHashMap<>();
        final Map<String, List<Reply.Message>> posted = new ConcurrentHashMap<>();
        final Set<String> unreachable = ConcurrentHashMap.newKeySet();
        /** Chats that cannot be posted to for the moment (the channel is down). */
        final Set<String> failing = ConcurrentHashMap.newKeySet();

        private final AtomicInteger ids = new AtomicInteger();

        @Override
        public String channel() {
            return "telegram";
        }

        @Override
        public void send(String chatId, List<Reply> replies) {
            replies.forEach(r -> texts.computeIfAbsent(chatId, k -> new CopyOnWriteArrayList<>())
                    .add(((Reply.Message) r).text()));
        }

        @Override
        public String post(String chatId, Reply.Message message) {
            if (unreachable.contains(chatId)) {
                throw new NotDelivered("blocked", true);
            }
            if (failing.contains(chatId)) {
                throw new NotDelivered("channel down", false);
            }
            texts.computeIfAbsent(chatId, k -> new CopyOnWriteArrayList<>()).add(message.text());
            posted.computeIfAbsent(chatId, k -> new CopyOnWriteArrayList<>()).add(message);
            return String.valueOf(ids.incrementAndGet());
        }

        @Override
        public boolean edit(String chatId, String messageId, Reply.Message message) {
            texts.computeIfAbsent(chatId, k -> new CopyOnWriteArrayList<>()).add("(edited) " + message.text());
            return true;
        }

        /** What the next edits that say why they failed come to; empty: they succeed. */
        final java.util.Queue<Edited> nextEdits = new java.util.concurrent.ConcurrentLinkedQueue<>();

        @Override
        public Edited editOrExplain(String chatId, String messageId, Reply.Message message) {
            Edited next = nextEdits.poll();
            if (next != null && next != Edited.DONE) {
                return next;
            }
            edit(chatId, messageId, message);
            return Edited.DONE;
        }

        List<String> of(String chatId) {
            return texts.getOrDefault(chatId, List.of());
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
