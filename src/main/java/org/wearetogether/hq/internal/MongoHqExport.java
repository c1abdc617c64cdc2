package org.wearetogether.hq.internal;

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
 * The HQ part of {@code /mydata}: the HQ group chats an admin bound, by region and time (the HQ keeps nothing else
 * under a person's id: cards, SLA marks and notices are per request, and a pending rating comment waits an hour at
 * most). Reads by {@code boundBy}, which no index serves: it reads every HQ chat, about one per region.
 */
@org.springframework.stereotype.Repository
final class MongoHqExport implements DataExport {

    private static final Texts TITLE = Texts.of("Чаты штабов, которые вы подключили", "HQ chats you bound");
    private static final Texts CHAT = Texts.of("Чат штаба %s", "HQ chat of %s");
    private static final Texts BOUND = Texts.of("Подключён", "Bound");

    private final MongoCollection<Document> chats;

    MongoHqExport(MongoDatabase database) {
        this.chats = database.getCollection("hq_chats");
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        List<Entry> entries = new ArrayList<>();
        List<Object> bound = new ArrayList<>();
        for (Document d : chats.find(Filters.eq("boundBy", person.userId()))) {
            String region = d.getString("region");
            var at = d.getDate("boundAt") == null ? null : d.getDate("boundAt").toInstant();
            var b = new DataExport.Builder(CHAT.in(language).formatted(region))
                    .add("region", "", region, null)
                    .add("boundAt", BOUND.in(language), DataExport.json(at), DataExport.shown(at));
            entries.add(b.entry());
            bound.add(b.json());
        }
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("chatsBound", bound);
        return Optional.of(new Section("hq", TITLE.in(language), entries, data));
    }
}
