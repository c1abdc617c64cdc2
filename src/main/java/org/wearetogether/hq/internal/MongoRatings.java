package org.wearetogether.hq.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChatButtons;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestLifecycle;

/**
 * The requester rates a done request 1-5 ({@code r:<number>:<stars>}) and may add a comment as their next message
 * (waited for an hour, in {@code hq_comments}). Only the chat that asked can rate; a second rating replaces the first.
 * The comment itself is stored in the request and erased with its personal data; a comment still awaited is dropped
 * when the request is erased or the person asks {@code /privacy}.
 */
@org.springframework.stereotype.Repository
final class MongoRatings implements ChatButtons, ChatFollowUp, PersonalData {

    static final String PREFIX = "r:";
    private static final Logger log = LoggerFactory.getLogger(MongoRatings.class);
    private static final Pattern DATA = Pattern.compile("r:([A-Z0-9]{2,8}-\\d{1,12}):([1-5])");
    private static final Duration COMMENT_WAIT = Duration.ofHours(1);

    private final RequestLifecycle lifecycle;
    private final MongoCollection<Document> pending;
    private final Clock clock;

    MongoRatings(RequestLifecycle lifecycle, MongoDatabase database, Clock clock) {
        this.lifecycle = lifecycle;
        this.pending = database.getCollection("hq_comments");
        this.clock = clock;
    }

    /** The "please rate" message with five buttons. */
    static Reply ask(String number, String language) {
        List<Reply.Button> row = new ArrayList<>();
        for (int stars = 1; stars <= 5; stars++) {
            row.add(new Reply.Button("⭐".repeat(1) + stars, PREFIX + number + ":" + stars));
        }
        return new Reply.Message(
                HqTexts.FULFILLED.in(language).formatted(number), new Reply.Keyboard.Inline(List.of(row)));
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        Matcher m = DATA.matcher(data);
        if (!m.matches()) {
            log.warn("Forged rating data '{}' from {}", data, person.chatKey());
            return List.of(new Reply.Notice(HqTexts.INACTIVE.in(language)));
        }
        int stars = Integer.parseInt(m.group(2));
        if (!lifecycle.rate(m.group(1), person.chatKey(), stars, null, clock.instant())) {
            return List.of(new Reply.Notice(HqTexts.INACTIVE.in(language)));
        }
        pending.replaceOne(
                Filters.eq("_id", person.chatKey()),
                new Document("_id", person.chatKey())
                        .append("number", m.group(1))
                        .append("stars", stars)
                        .append("until", Date.from(clock.instant().plus(COMMENT_WAIT))),
                new ReplaceOptions().upsert(true));
        return List.of(new Reply.EditPressed(HqTexts.RATED.in(language).formatted(stars), Reply.Keyboard.NONE));
    }

    @Override
    public Optional<List<Reply>> heard(Person person, String language, String text) {
        Document waiting = pending.find(Filters.and(
                        Filters.eq("_id", person.chatKey()), Filters.gt("until", Date.from(clock.instant()))))
                .first();
        if (waiting == null || text.isBlank() || text.startsWith("/")) {
            return Optional.empty();
        }
        String comment = text.strip().length() > 1000 ? text.strip().substring(0, 1000) : text.strip();
        lifecycle.rate(
                waiting.getString("number"), person.chatKey(), waiting.getInteger("stars"), comment, clock.instant());
        pending.deleteOne(Filters.eq("_id", person.chatKey()));
        return Optional.of(List.of(Reply.Message.plain(HqTexts.COMMENT_SAVED.in(language))));
    }

    /** The request's data is erased: a comment typed now would be personal data again, so none is awaited. */
    @org.springframework.context.event.EventListener
    void on(RequestErased event) {
        pending.deleteMany(Filters.eq("number", event.number()));
    }

    @Override
    public void forget(Person person) {
        pending.deleteOne(Filters.eq("_id", person.chatKey()));
    }
}
