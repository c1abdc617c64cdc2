package org.wearetogether.tasks.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;

/**
 * The tasks part of {@code /mydata}: every task offered to the person as a volunteer, what came of it, and the
 * reasons given. Deliberately not the helped person's name, phone, address or code word: those are another family's
 * data, shown to the volunteer in the task message only for the time of the task, and a file that may be kept or
 * passed on for years must not carry them (the request's number stays, so the HQ can tell which request it was).
 *
 * <p>Reads by {@code volunteerUserId}: a real MongoDB answers from its index; the embedded store, which ignores
 * non-unique indexes, reads every task (rare and rate-limited; retention bounds the collection).
 */
@org.springframework.stereotype.Repository
final class MongoTaskExport implements DataExport {

    static final int MOST = 500;

    private static final Texts TITLE = Texts.of("Ваши задания волонтёра", "Your volunteer tasks");
    private static final Texts TASK = Texts.of("Задание по заявке № %s", "Task for request No. %s");
    private static final Texts STATE = Texts.of("Состояние", "State");
    private static final Texts REASON = Texts.of("Причина", "Reason");
    private static final Texts OFFERED = Texts.of("Предложено", "Offered");
    private static final Texts UPDATED = Texts.of("Последнее изменение", "Last change");
    private static final Texts REGION = Texts.of("Регион", "Region");

    private final MongoCollection<Document> tasks;

    MongoTaskExport(MongoDatabase database) {
        this.tasks = database.getCollection("tasks");
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        List<Entry> entries = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        for (Document d : tasks.find(Filters.eq("volunteerUserId", person.userId()))
                .sort(Sorts.descending("offeredAt"))
                .limit(MOST)) {
            var b = new DataExport.Builder(TASK.in(language).formatted(d.getString("number")))
                    .add("id", "ID", d.getString("_id"))
                    .add("requestNumber", "№", d.getString("number"))
                    .add("region", REGION.in(language), d.getString("regionCode"))
                    .add("state", STATE.in(language), d.getString("state"), stateShown(d.getString("state"), language))
                    .add("reason", REASON.in(language), d.getString("reason"))
                    .add("offeredAt", OFFERED.in(language), json(d, "offeredAt"), shown(d, "offeredAt"))
                    .add("updatedAt", UPDATED.in(language), json(d, "updatedAt"), shown(d, "updatedAt"));
            entries.add(b.entry());
            data.add(b.json());
        }
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(new Section("tasks", TITLE.in(language), entries, data));
    }

    private static String stateShown(String state, String language) {
        try {
            return org.wearetogether.tasks.TaskState.valueOf(state).label().in(language);
        } catch (IllegalArgumentException | NullPointerException e) {
            return state;
        }
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
