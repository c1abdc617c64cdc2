package org.wearetogether.broadcasts.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;

/**
 * The announcements part of {@code /mydata}: the broadcasts the person was sent (as the delivery ledger keeps them:
 * which, when, what became of it, and the text), whether they opted out, and a coordinator's unsent draft.
 *
 * <p>Reads: the ledger by {@code r.k} (a recipient inside a chunk): no index serves it on either store, so it reads
 * the whole ledger, which retention keeps to recent broadcasts; each broadcast, the opt-out and the draft by
 * {@code _id}.
 */
@org.springframework.stereotype.Repository
final class MongoBroadcastExport implements DataExport {

    static final int MOST = 500;

    private static final Texts TITLE = Texts.of("Рассылки", "Announcements");
    private static final Texts RECEIVED = Texts.of("Рассылка № %d", "Announcement No. %d");
    private static final Texts OUTCOME = Texts.of("Доставка", "Delivery");
    private static final Texts AT = Texts.of("Когда", "When");
    private static final Texts TEXT = Texts.of("Текст", "Text");
    private static final Texts SETTINGS = Texts.of("Настройки рассылок", "Announcement settings");
    private static final Texts OPTED_OUT = Texts.of("Вы отказались от рассылок", "You opted out of announcements");
    private static final Texts DRAFT = Texts.of("Ваш неотправленный черновик", "Your unsent draft");

    private final MongoCollection<Document> ledger;
    private final MongoCollection<Document> broadcasts;
    private final MongoCollection<Document> optOuts;
    private final MongoCollection<Document> drafts;

    MongoBroadcastExport(MongoDatabase database) {
        this.ledger = database.getCollection("broadcast_ledger");
        this.broadcasts = database.getCollection("broadcasts");
        this.optOuts = database.getCollection("broadcast_optouts");
        this.drafts = database.getCollection("broadcast_drafts");
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        List<Entry> entries = new ArrayList<>();
        List<Object> received = received(person.chatKey(), language, entries);
        Document optOut = optOuts.find(Filters.eq("_id", person.chatKey())).first();
        Document draft = drafts.find(Filters.eq("_id", person.userId())).first();
        if (received.isEmpty() && optOut == null && draft == null) {
            return Optional.empty();
        }
        var settings = new DataExport.Builder(SETTINGS.in(language))
                .add(
                        "optedOutAt",
                        OPTED_OUT.in(language),
                        optOut == null ? null : json(optOut, "at"),
                        optOut == null ? null : shown(optOut, "at"))
                .add("draftText", DRAFT.in(language), draft == null ? null : text(draft.get("post", Document.class)));
        entries.add(settings.entry());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("received", received);
        data.putAll(settings.json());
        return Optional.of(new Section("broadcasts", TITLE.in(language), entries, data));
    }

    private List<Object> received(String chatKey, String language, List<Entry> entries) {
        List<Object> data = new ArrayList<>();
        for (Document chunk : ledger.find(Filters.eq("r.k", chatKey)).limit(MOST)) {
            for (Document r : chunk.getList("r", Document.class, List.of())) {
                if (!chatKey.equals(r.getString("k"))) {
                    continue;
                }
                long id = ((Number) chunk.get("b")).longValue();
                Document broadcast = broadcasts.find(Filters.eq("_id", id)).first();
                String outcome = outcome(r.getString("s"));
                var b = new DataExport.Builder(RECEIVED.in(language).formatted(id))
                        .add("broadcast", "№", id)
                        .add("outcome", OUTCOME.in(language), outcome, outcomeShown(outcome, language))
                        .add("at", AT.in(language), json(r, "at"), shown(r, "at"))
                        .add(
                                "text",
                                TEXT.in(language),
                                broadcast == null ? null : text(broadcast.get("post", Document.class)));
                entries.add(b.entry());
                data.add(b.json());
            }
        }
        return data;
    }

    private static String outcome(String code) {
        try {
            return Recipient.Mark.of(code).name();
        } catch (IllegalArgumentException | NullPointerException e) {
            return code;
        }
    }

    private static String outcomeShown(String outcome, String language) {
        return switch (outcome == null ? "" : outcome) {
            case "SENT" -> Texts.of("доставлена", "delivered").in(language);
            case "PENDING", "IN_FLIGHT" ->
                Texts.of("ещё отправляется", "still being sent").in(language);
            case "OPTED_OUT" ->
                Texts.of("не отправлена: вы отказались", "not sent: you opted out")
                        .in(language);
            case "BLOCKED", "UNREACHABLE" ->
                Texts.of("не доставлена: чат недоступен", "not delivered: chat unreachable")
                        .in(language);
            default -> Texts.of("не доставлена", "not delivered").in(language);
        };
    }

    private static String text(Document post) {
        return post == null ? null : post.getString("t");
    }

    private static String json(Document d, String field) {
        return d.getDate(field) == null
                ? null
                : DataExport.json(d.getDate(field).toInstant());
    }

    private static String shown(Document d, String field) {
        return d.getDate(field) == null
                ? null
                : DataExport.shown(d.getDate(field).toInstant());
    }
}
