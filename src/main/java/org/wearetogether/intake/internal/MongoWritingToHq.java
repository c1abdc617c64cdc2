package org.wearetogether.intake.internal;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;
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
 * The requester writes to the HQ: "✉️ Write to the HQ" in {@code /requests} (or "↩️ Reply" under the HQ's message,
 * {@code n:w:<number>}), then the message as the next text. The wait is kept per chat ({@code requester_note_waits},
 * 15 minutes; a text typed later is answered that the time ran out). Only the chat that filed the request may write,
 * only while it is open, and at most {@link #PER_HOUR} messages an hour per request (a polite answer beyond, so nobody
 * floods a coordinator). The message is stored as a {@link RequestNote.Kind#FROM_REQUESTER} note; the HQ's relay
 * delivers it without the requester's Telegram account.
 */
@Repository
final class MongoWritingToHq implements ChatButtons, ChatFollowUp, PersonalData {

    static final String PREFIX = "n:";
    static final String CANCEL = "n:x:";
    static final String WAITS = "requester_note_waits";
    static final Duration WAIT = Duration.ofMinutes(15);
    /** A message typed this long after its wait ran out is still told it was not sent; then the wait goes. */
    static final Duration TIMEOUT_ANSWERED = Duration.ofDays(1);

    static final int PER_HOUR = 10;

    static final Texts WRITE = Texts.of("✉️ Написать в штаб (№ %s)", "✉️ Write to the HQ (No. %s)");
    static final Texts PROMPT = Texts.of(
            "Напишите штабу о просьбе № %s одним сообщением. Пока просьбу не взял координатор, его читают все в чате"
                    + " штаба региона; ваш аккаунт в Telegram не показывается. Ждём сообщение 15 минут.",
            "Write to the HQ about request No. %s in one message. Until a coordinator takes the request, everyone in"
                    + " the region's HQ chat reads it; your Telegram account is not shown. Waiting 15 minutes for it.");
    static final Texts CANCEL_LABEL = Texts.of("Отмена", "Cancel");
    static final Texts CANCELLED = Texts.of("Сообщение не отправлено.", "The message was not sent.");
    static final Texts SENT = Texts.of(
            "✅ Передали штабу (просьба № %s). Ответ придёт сюда.",
            "✅ Passed to the HQ (request No. %s). The answer will come here.");
    static final Texts TIMED_OUT = Texts.of(
            "Время на сообщение по просьбе № %s вышло, оно не отправлено. Чтобы написать, откройте /requests и"
                    + " нажмите «✉️ Написать в штаб».",
            "The time to write about request No. %s ran out; the message was not sent. To write, open /requests and"
                    + " press \"✉️ Write to the HQ\".");
    static final Texts CLOSED = Texts.of(
            "Просьба № %s уже закрыта, сообщения по ней штабу больше не передаются. Если снова нужна помощь,"
                    + " отправьте /start или позвоните на горячую линию %s.",
            "Request No. %s is closed; messages about it are no longer passed to the HQ. If help is needed again,"
                    + " send /start or call the hotline %s.");
    static final Texts TOO_MANY = Texts.of(
            "По просьбе № %s за последний час штабу уже передано %d сообщений. Штаб их получил и ответит, пожалуйста,"
                    + " подождите. Если срочно, позвоните на горячую линию %s.",
            "%2$d messages about request No. %1$s have reached the HQ in the last hour. The HQ has them and will"
                    + " answer; please wait. If it is urgent, call the hotline %3$s.");
    static final Texts NOT_ACTIVE = Texts.of("Эта кнопка больше не действует.", "This button is no longer active.");

    private static final Logger log = LoggerFactory.getLogger(MongoWritingToHq.class);
    private static final Pattern DATA = Pattern.compile("n:([wx]):([A-Z0-9]{2,8}-\\d{1,12})");

    private final HelpRequests requests;
    private final RequestNotes notes;
    private final MongoCollection<Document> waits;
    private final String hotline;
    private final Clock clock;

    MongoWritingToHq(
            HelpRequests requests,
            RequestNotes notes,
            MongoDatabase database,
            @Value("${together.chat.hotline:8 800 200-34-11}") String hotline,
            Clock clock) {
        this.requests = requests;
        this.notes = notes;
        this.waits = database.getCollection(WAITS);
        this.hotline = hotline;
        this.clock = clock;
    }

    /** The button under an open request in {@code /requests}. */
    static Reply.Button writeButton(String number, String language) {
        return new Reply.Button(WRITE.in(language).formatted(number), RequestNotes.WRITE_BUTTON + number);
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Reply> press(Person person, String language, String data) {
        Matcher m = DATA.matcher(data);
        HelpRequest request = m.matches() ? requests.byNumber(m.group(2)).orElse(null) : null;
        if (request == null
                || request.requester() == null
                || !person.chatKey().equals(request.requester().chatKey())) {
            log.warn("Refused note button data '{}' from {}", data, person.chatKey());
            return List.of(new Reply.Notice(NOT_ACTIVE.in(language)));
        }
        String number = request.number();
        if (m.group(1).equals("x")) {
            waits.deleteOne(Filters.eq("_id", person.chatKey()));
            return List.of(new Reply.EditPressed(CANCELLED.in(language), Reply.Keyboard.NONE));
        }
        if (!request.status().open()) {
            return List.of(Reply.Message.plain(CLOSED.in(language).formatted(number, hotline)));
        }
        Optional<List<Reply>> tooMany = tooMany(number, language);
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        waits.replaceOne(
                Filters.eq("_id", person.chatKey()),
                new Document("_id", person.chatKey())
                        .append("number", number)
                        .append("until", Date.from(clock.instant().plus(WAIT))),
                new ReplaceOptions().upsert(true));
        var cancel = new Reply.Button(CANCEL_LABEL.in(language), CANCEL + number);
        return List.of(new Reply.Message(
                PROMPT.in(language).formatted(number), new Reply.Keyboard.Inline(List.of(List.of(cancel)))));
    }

    @Override
    public Optional<List<Reply>> heard(Person person, String language, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Document waiting = waits.find(Filters.eq("_id", person.chatKey())).first();
        if (waiting == null) {
            return Optional.empty();
        }
        waits.deleteOne(Filters.eq("_id", person.chatKey()));
        String number = waiting.getString("number");
        Instant now = clock.instant();
        if (!waiting.getDate("until").toInstant().isAfter(now)) {
            return say(TIMED_OUT.in(language).formatted(number));
        }
        HelpRequest request = requests.byNumber(number).orElse(null);
        if (request == null || !request.status().open()) {
            return say(CLOSED.in(language).formatted(number, hotline));
        }
        Optional<List<Reply>> tooMany = tooMany(number, language);
        if (tooMany.isPresent()) {
            return tooMany;
        }
        Actor author = new Actor(Actor.Role.REQUESTER, person.chatKey(), "requester");
        if (notes.add(number, RequestNote.Kind.FROM_REQUESTER, author, text.strip(), now)
                .isEmpty()) {
            return say(CLOSED.in(language).formatted(number, hotline));
        }
        return say(SENT.in(language).formatted(number));
    }

    /** The polite answer when the request already had {@link #PER_HOUR} messages from the requester this hour. */
    private Optional<List<Reply>> tooMany(String number, String language) {
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        long lastHour = notes.notes(number).stream()
                .filter(n -> n.kind() == RequestNote.Kind.FROM_REQUESTER)
                .filter(n -> n.at().isAfter(hourAgo))
                .count();
        if (lastHour < PER_HOUR) {
            return Optional.empty();
        }
        log.info("Request {}: a message to the HQ refused, {} in the last hour", number, lastHour);
        return say(TOO_MANY.in(language).formatted(number, lastHour, hotline));
    }

    private static Optional<List<Reply>> say(String text) {
        return Optional.of(List.of(Reply.Message.plain(text)));
    }

    /** The request's data is erased: nothing more is awaited for it. */
    @EventListener
    void on(RequestErased event) {
        waits.deleteMany(Filters.eq("number", event.number()));
    }

    /** The waits' retention rule, as a bean of its own (it needs only the store, not this feature). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Retention {
        @org.springframework.context.annotation.Bean
        org.wearetogether.jobs.RetentionRule requesterNoteWaitsRule(MongoDatabase database) {
            return retentionRule(database);
        }
    }

    /** Waits go a day after they ran out (a text typed until then is still told that the time ran out). */
    static org.wearetogether.jobs.RetentionRule retentionRule(MongoDatabase database) {
        MongoCollection<Document> waits = database.getCollection(WAITS);
        return new org.wearetogether.jobs.RetentionRule(
                "requester-note-waits",
                WAITS,
                (now, limit) -> org.wearetogether.storage.MongoExpiry.delete(
                        waits, Filters.lt("until", Date.from(now.minus(TIMEOUT_ANSWERED))), limit));
    }

    @Override
    public void forget(Person person) {
        waits.deleteOne(Filters.eq("_id", person.chatKey()));
    }
}
