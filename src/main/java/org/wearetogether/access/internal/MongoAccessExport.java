package org.wearetogether.access.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;

/**
 * The roles part of {@code /mydata}: whether the person is an admin, a coordinator (of which regions) or a hotline
 * operator, and the audit's record of what they did as staff (action and time; subjects only when they are request
 * numbers or regions, since a user id there is somebody else's, and never the free-text details).
 *
 * <p>Reads: the role by {@code _id}; the audit by {@code actorId}, which no index serves: it reads the whole audit,
 * which retention keeps to a year; only staff have entries, and the newest {@link #MOST} are listed.
 */
@org.springframework.stereotype.Repository
final class MongoAccessExport implements DataExport {

    static final int MOST = 200;

    private static final Texts TITLE = Texts.of("Ваша роль в штабе", "Your role in the HQ");
    private static final Texts ADMIN = Texts.of("Администратор", "Admin");
    private static final Texts COORDINATOR = Texts.of("Координатор регионов", "Coordinator of regions");
    private static final Texts OPERATOR = Texts.of("Оператор горячей линии", "Hotline operator");
    private static final Texts YES = Texts.of("да", "yes");
    private static final Texts AUDIT = Texts.of("Ваши действия в журнале", "Your actions in the audit log");

    private final Roles roles;
    private final MongoCollection<Document> audit;

    MongoAccessExport(Roles roles, MongoDatabase database) {
        this.roles = roles;
        this.audit = database.getCollection("audit");
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        String userId = person.userId();
        boolean admin = roles.isAdmin(userId);
        List<String> regions = List.copyOf(new java.util.TreeSet<>(roles.coordinatedRegions(userId)));
        boolean operator = roles.isOperator(userId);
        List<Object> actions = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (Document d : audit.find(Filters.eq("actorId", userId))
                .sort(Sorts.descending("at"))
                .limit(MOST)) {
            Map<String, Object> action = new LinkedHashMap<>();
            String subject = d.getString("subject");
            String safeSubject = subject == null || subject.matches("\\d+") ? null : subject;
            action.put("action", d.getString("action"));
            action.put("subject", safeSubject);
            action.put(
                    "at",
                    d.getDate("at") == null
                            ? null
                            : DataExport.json(d.getDate("at").toInstant()));
            actions.add(action);
            shown.append(shown.isEmpty() ? "" : "\n")
                    .append(
                            d.getDate("at") == null
                                    ? ""
                                    : DataExport.shown(d.getDate("at").toInstant()) + ": ")
                    .append(d.getString("action"))
                    .append(safeSubject == null ? "" : " " + safeSubject);
        }
        if (!admin && regions.isEmpty() && !operator && actions.isEmpty()) {
            return Optional.empty();
        }
        var b = new DataExport.Builder(null)
                .add("admin", ADMIN.in(language), admin, admin ? YES.in(language) : null)
                .add("coordinatorOf", COORDINATOR.in(language), regions, String.join(", ", regions))
                .add("operator", OPERATOR.in(language), operator, operator ? YES.in(language) : null)
                .add("auditActions", AUDIT.in(language), actions, shown.toString());
        return Optional.of(new Section("roles", TITLE.in(language), List.of(b.entry()), b.json()));
    }
}
