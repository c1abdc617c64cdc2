package org.wearetogether.crm.internal;

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
 * The CRM part of {@code /mydata}: the API keys an admin created or revoked, by region and time; never a key's id or
 * its secret's hash. Reads by {@code createdBy} and {@code revokedBy}, which no index serves: it reads every key (a
 * few per region).
 */
@org.springframework.stereotype.Repository
final class MongoCrmExport implements DataExport {

    private static final Texts TITLE = Texts.of("Ключи CRM API, которые вы создали", "CRM API keys you created");
    private static final Texts KEY = Texts.of("Ключ региона %s", "Key of %s");
    private static final Texts CREATED = Texts.of("Создан вами", "Created by you");
    private static final Texts EXPIRES = Texts.of("Действует до", "Valid until");
    private static final Texts REVOKED = Texts.of("Отозван", "Revoked");

    private final MongoCollection<Document> keys;

    MongoCrmExport(MongoDatabase database) {
        this.keys = database.getCollection(MongoApiKeys.COLLECTION);
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        List<Entry> entries = new ArrayList<>();
        List<Object> created = new ArrayList<>();
        String me = person.userId();
        for (Document d : keys.find(Filters.or(Filters.eq("createdBy", me), Filters.eq("revokedBy", me)))) {
            boolean mine = me.equals(d.getString("createdBy"));
            var b = new DataExport.Builder(KEY.in(language).formatted(d.getString("region")))
                    .add("region", "", d.getString("region"), null)
                    .add("createdByYou", "", mine, null)
                    .add(
                            "createdAt",
                            CREATED.in(language),
                            instant(d, "createdAt"),
                            mine ? shown(d, "createdAt") : null)
                    .add("expiresAt", EXPIRES.in(language), instant(d, "expiresAt"), shown(d, "expiresAt"))
                    .add("revokedAt", REVOKED.in(language), instant(d, "revokedAt"), shown(d, "revokedAt"));
            entries.add(b.entry());
            created.add(b.json());
        }
        if (created.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("apiKeys", created);
        return Optional.of(new Section("crm", TITLE.in(language), entries, data));
    }

    private static String instant(Document d, String field) {
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
