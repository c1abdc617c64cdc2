package org.wearetogether.hq.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNotes;

/**
 * The HQ answers a requester: "↩️ Reply" under a relayed message ({@code h:r:<number>}) and then the answer as the
 * next text. Who may: a coordinator of the request's region or an admin (or its holder), in a bound HQ chat or in
 * private; anyone else in the group is refused. The wait is kept per chat and per person ({@code hq_reply_waits}, 15
 * minutes), so in a group only the text of the person who pressed is taken, never another member's. The answer is
 * stored as a {@link RequestNote.Kind#FROM_HQ} note; {@link NoteRelay} delivers it. The requester sees it as from
 * "the HQ": no name, no account.
 */
@org.springframework.stereotype.Repository
final class MongoHqReplies implements ChatButtons, ChatFollowUp, PersonalData {

    static final String PREFIX = "h:";
    static final String REPLY = "h:r:";
    static final String CANCEL = "h:x:";
    static final String WAITS = "hq_reply_waits";
    static final Duration WAIT = Duration.ofMinutes(15);
    /** An answer typed this long after its wait ran out is still told that it was not sent; then the wait goes. */
    static final Duration TIMEOUT_ANSWERED = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(MongoHqReplies.class);
    private static final Pattern DATA = Pattern.compile("h:([rx]):([A-Z0-9]{2,8}-\\d{1,12})");

    private final HelpRequests requests;
    private final RequestNotes notes;
    private final Roles roles;
    private final MongoHqChats chats;
    private final MongoCollection<Document> waits;
    private final Runnable nudge;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    MongoHqReplies(
            HelpRequests requests,
            RequestNotes notes,
            Roles roles,
            MongoHqChats chats,
            MongoDatabase database,
            org.springframework.beans.factory.ObjectProvider<HqWork> work,
            Clock clock) {
        this(requests, notes, roles, chats, database, () -> work.getObject().nudge(), clock);
    }

    MongoHqReplies(
            HelpRequests requests,
            RequestNotes notes,
            Roles roles,
            MongoHqChats chats,
            MongoDatabase database,
            Runnable nudge,
            Clock clock) {
        this.requests = requests;
        this.notes = notes;
        this.roles = roles;
        this.chats = chats;
        this.waits = database.getCollection(WAITS);
        this.nudge = nudge;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        Matcher m = DATA.matcher(data);
        HelpRequest request = m.matches() ? requests.byNumber(m.group(2)).orElse(null) : null;
        if (request == null) {
            log.warn("Forged or stale reply data '{}' pressed by {} in {}", data, person.userId(), person.chatKey());
            return List.of(new Reply.Notice(HqTexts.INACTIVE.in(language)));
        }
        String number = request.number();
        if (m.group(1).equals("x")) {
            waits.deleteOne(Filters.and(Filters.eq("_id", key(person)), Filters.eq("number", number)));
            return List.of(new Reply.EditPressed(HqTexts.REPLY_CANCELLED.in(language), Reply.Keyboard.NONE));
        }
        if (!mayAnswer(person, request)) {
            log.warn("Reply to the requester of {} refused to {} in {}", number, person.userId(), person.chatKey());
            return List.of(new Reply.Notice(HqTexts.REPLY_ONLY_STAFF.in(language)));
        }
        if (!request.status().open()) {
            return List.of(new Reply.Notice(HqTexts.REPLY_CLOSED.in(language).formatted(number)));
        }
        waits.replaceOne(
                Filters.eq("_id", key(person)),
                new Document("_id", key(person))
                        .append("userId", person.userId())
                        .append("number", number)
                        .append("until", Date.from(clock.instant().plus(WAIT))),
                new ReplaceOptions().upsert(true));
        String prompt = inGroup(person)
                ? HqTexts.REPLY_PROMPT_GROUP.in(language).formatted(firstName(person), number)
                : HqTexts.REPLY_PROMPT.in(language).formatted(number);
        var cancel = new Reply.Button(HqTexts.REPLY_CANCEL.in(language), CANCEL + number);
        return List.of(new Reply.Message(prompt, new Reply.Keyboard.Inline(List.of(List.of(cancel)))));
    }

    @Override
    public Optional<List<Reply>> heard(Person person, String language, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Document waiting = waits.find(Filters.eq("_id", key(person))).first();
        if (waiting == null) {
            return Optional.empty();
        }
        String number = waiting.getString("number");
        waits.deleteOne(Filters.eq("_id", key(person)));
        Instant now = clock.instant();
        if (!waiting.getDate("until").toInstant().isAfter(now)) {
            return say(HqTexts.REPLY_TIMED_OUT, language, number);
        }
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (request == null || !request.status().open()) {
            return say(HqTexts.REPLY_CLOSED, language, number);
        }
        if (!mayAnswer(person, request)) {
            log.warn("Answer to the requester of {} refused to {}: no longer staff of it", number, person.userId());
            return Optional.of(List.of(Reply.Message.plain(HqTexts.REPLY_ONLY_STAFF.in(language))));
        }
        Actor author = actor(person, request);
        if (notes.add(number, RequestNote.Kind.FROM_HQ, author, text.strip(), now)
                .isEmpty()) {
            return say(HqTexts.REPLY_CLOSED, language, number);
        }
        nudge.run();
        return say(HqTexts.REPLY_SENT, language, number);
    }

    /**
     * A coordinator of the request's region or an admin, or its holder; in a group only if it is a bound HQ chat (a
     * coordinator pressing in some other group is refused too).
     */
    boolean mayAnswer(Person person, HelpRequest request) {
        if (person.userId() == null) {
            return false;
        }
        if (inGroup(person) && chats.byChat(person.chatKey()).isEmpty()) {
            return false;
        }
        boolean holder = request.holder() != null
                && CardButtons.isPerson(request.holder())
                && request.holder().id().equals(person.userId());
        return holder || roles.mayCoordinate(person.userId(), request.regionCode());
    }

    private Actor actor(Person person, HelpRequest request) {
        String name = firstName(person);
        if (request.holder() != null && request.holder().id().equals(person.userId())) {
            return new Actor(request.holder().role(), person.userId(), name);
        }
        boolean coordinator = roles.coordinatedRegions(person.userId()).contains(request.regionCode());
        return new Actor(coordinator ? Actor.Role.COORDINATOR : Actor.Role.ADMIN, person.userId(), name);
    }

    private static String firstName(Person person) {
        return person.firstName() == null || person.firstName().isBlank() ? "HQ" : person.firstName();
    }

    private static boolean inGroup(Person person) {
        return !person.chatId().equals(person.userId());
    }

    /** One wait per chat and person: in a group, each member's own. */
    private static String key(Person person) {
        return person.chatKey() + "|" + person.userId();
    }

    private static Optional<List<Reply>> say(Texts text, String language, String number) {
        return Optional.of(List.of(Reply.Message.plain(text.in(language).formatted(number))));
    }

    /** The request's data is erased: nothing more is awaited for it. */
    @EventListener
    void on(RequestErased event) {
        waits.deleteMany(Filters.eq("number", event.number()));
    }

    @Override
    public void forget(Person person) {
        waits.deleteMany(Filters.eq("userId", person.userId()));
    }
}
