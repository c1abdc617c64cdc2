package org.wearetogether.volunteers.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.exports.SheetFormat;
import org.wearetogether.exports.SheetWriter;
import org.wearetogether.volunteers.VolunteerExports;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * Volunteers as a spreadsheet, read with a cursor in batches and with a projection: without contacts the name, phone,
 * chat, age and district are never even read from the store. Times are Moscow time.
 */
@org.springframework.stereotype.Repository
class MongoVolunteerExport implements VolunteerExports {

    static final int BATCH = 500;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> SAFE_FIELDS =
            List.of("region", "status", "skills", "availability", "hours", "age", "createdAt", "updatedAt");
    private static final List<String> CONTACT_FIELDS = List.of("name", "phone", "district");

    private final MongoCollection<Document> volunteers;

    MongoVolunteerExport(MongoDatabase database) {
        this.volunteers = database.getCollection(MongoVolunteers.COLLECTION);
        volunteers.createIndex(Indexes.ascending("region", "createdAt"));
    }

    @Override
    public long export(Selection selection, SheetFormat format, String language, OutputStream out) throws IOException {
        boolean ru = "ru".equals(language);
        List<String> header = new ArrayList<>(
                ru
                        ? List.of(
                                "Регион",
                                "Статус",
                                "Навыки",
                                "Когда может",
                                "Часов в неделю",
                                "Младше 18",
                                "Записался",
                                "Изменён")
                        : List.of(
                                "Region",
                                "Status",
                                "Skills",
                                "Availability",
                                "Hours a week",
                                "Under 18",
                                "Signed up",
                                "Last change"));
        if (selection.withContacts()) {
            header.addAll(
                    ru ? List.of("Имя", "Телефон", "Возраст", "Район") : List.of("Name", "Phone", "Age", "District"));
        }
        List<String> fields = new ArrayList<>(SAFE_FIELDS);
        if (selection.withContacts()) {
            fields.addAll(CONTACT_FIELDS);
        }
        try (SheetWriter sheet = SheetWriter.open(format, out, ru ? "Волонтёры" : "Volunteers", header)) {
            List<String> regions = selection.regions().isEmpty()
                    ? java.util.Collections.singletonList(null)
                    : new ArrayList<>(new TreeSet<>(selection.regions()));
            for (String region : regions) {
                try (MongoCursor<Document> cursor = volunteers
                        .find(filter(selection, region))
                        .projection(Projections.include(fields))
                        .sort(Sorts.ascending("region", "createdAt", "_id"))
                        .batchSize(BATCH)
                        .iterator()) {
                    while (cursor.hasNext()) {
                        sheet.row(row(cursor.next(), selection.withContacts(), ru));
                    }
                }
            }
            return sheet.rows();
        }
    }

    private static Bson filter(Selection selection, String region) {
        List<Bson> filters = new ArrayList<>();
        if (region != null) {
            filters.add(Filters.eq("region", region));
        }
        if (selection.from() != null) {
            filters.add(Filters.gte("createdAt", Date.from(selection.from())));
        }
        if (selection.to() != null) {
            filters.add(Filters.lt("createdAt", Date.from(selection.to())));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static List<Object> row(Document d, boolean contacts, boolean ru) {
        List<Object> row = new ArrayList<>();
        row.add(d.getString("region"));
        row.add(d.getString("status"));
        row.add(String.join(", ", d.getList("skills", String.class, List.of())));
        row.add(String.join(", ", d.getList("availability", String.class, List.of())));
        row.add(d.getInteger("hours", 0));
        boolean minor = d.getInteger("age", 18) < 18;
        row.add(minor ? (ru ? "да" : "yes") : "");
        row.add(time(d.getDate("createdAt")));
        row.add(time(d.getDate("updatedAt")));
        if (contacts) {
            row.add(d.getString("name"));
            row.add(d.getString("phone"));
            row.add(d.getInteger("age", 0));
            row.add(d.getString("district"));
        }
        return row;
    }

    private static String time(Date date) {
        return date == null
                ? null
                : LocalDateTime.ofInstant(date.toInstant(), MOSCOW).format(TIME);
    }

    @Override
    public Map<String, Map<VolunteerStatus, Long>> countsByRegion(Set<String> regions) {
        List<Bson> pipeline = new ArrayList<>();
        if (!regions.isEmpty()) {
            pipeline.add(Aggregates.match(Filters.in("region", new TreeSet<>(regions))));
        }
        pipeline.add(Aggregates.group(
                new Document("region", "$region").append("status", "$status"), Accumulators.sum("count", 1)));
        Map<String, Map<VolunteerStatus, Long>> counts = new TreeMap<>();
        for (Document group : volunteers.aggregate(pipeline)) {
            Document id = group.get("_id", Document.class);
            counts.computeIfAbsent(id.getString("region"), r -> new EnumMap<>(VolunteerStatus.class))
                    .merge(
                            VolunteerStatus.valueOf(id.getString("status")),
                            ((Number) group.get("count")).longValue(),
                            Long::sum);
        }
        return counts;
    }
}
