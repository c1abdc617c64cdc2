package org.wearetogether.intake.internal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wearetogether.exports.SheetFormat;
import org.wearetogether.exports.SheetWriter;
import org.wearetogether.intake.ReasonCodes;
import org.wearetogether.intake.RequestExports;
import org.wearetogether.intake.RequestStatistics;
import org.wearetogether.intake.RequestStatus;

/**
 * Requests as a spreadsheet, read with a cursor in batches (one region after another, by submission time) and with a
 * projection: without contacts the personal fields are never even read from the store. Times are Moscow time.
 */
@org.springframework.stereotype.Repository
class MongoRequestExport implements RequestExports {

    static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What a card shows, and times: the fields of a coordinator's export. */
    private static final List<String> SAFE_FIELDS = List.of(
            "number",
            "regionCode",
            "status",
            "statusReason",
            "holder.name",
            "needs",
            "urgency",
            "beneficiary.ageGroup",
            "createdAt",
            "updatedAt",
            "intakeChannel",
            "intakeOperator.role",
            "rating.stars",
            "history.to",
            "history.from",
            "history.at");

    private static final List<String> CONTACT_FIELDS =
            List.of("beneficiary.name", "beneficiary.phone", "requester.name", "requester.phone", "address", "details");

    private final MongoCollection<Document> requests;
    private final NeedNames needs;
    private final ReasonCodes reasons;

    @org.springframework.beans.factory.annotation.Autowired
    MongoRequestExport(
            MongoDatabase database,
            org.springframework.beans.factory.ObjectProvider<org.wearetogether.datafiles.DialogFolder> dialogFolder,
            @org.springframework.beans.factory.annotation.Value("${together.dialogs.folder:./dialogs}")
                    java.nio.file.Path folder,
            org.springframework.beans.factory.ObjectProvider<ReasonCodes> contributed) {
        this(
                database,
                NeedNames.from(dialogFolder.getIfAvailable(() -> new org.wearetogether.datafiles.DialogFolder(folder))),
                StatisticsEvents.known(contributed.getIfAvailable()));
    }

    MongoRequestExport(MongoDatabase database, NeedNames needs, ReasonCodes reasons) {
        this.requests = database.getCollection(MongoHelpRequests.COLLECTION);
        this.needs = needs;
        this.reasons = reasons;
        requests.createIndex(Indexes.ascending("regionCode", "createdAt"));
        requests.createIndex(Indexes.ascending("createdAt"));
    }

    @Override
    public long export(Selection selection, SheetFormat format, String language, OutputStream out) throws IOException {
        List<String> fields = new ArrayList<>(SAFE_FIELDS);
        if (selection.withContacts()) {
            fields.addAll(CONTACT_FIELDS);
        }
        try (SheetWriter sheet = SheetWriter.open(format, out, sheetName(language), header(selection, language))) {
            if (selection.regions().isEmpty()) {
                write(sheet, period(selection, null), fields, selection.withContacts(), language);
            } else {
                for (String region : new TreeSet<>(selection.regions())) {
                    write(sheet, period(selection, region), fields, selection.withContacts(), language);
                }
            }
            return sheet.rows();
        }
    }

    private void write(SheetWriter sheet, Bson filter, List<String> fields, boolean contacts, String language)
            throws IOException {
        try (MongoCursor<Document> cursor = requests.find(filter)
                .projection(Projections.include(fields))
                .sort(Sorts.ascending("regionCode", "createdAt", "number"))
                .batchSize(BATCH)
                .iterator()) {
            while (cursor.hasNext()) {
                sheet.row(row(cursor.next(), contacts, language));
            }
        }
    }

    private static Bson period(Selection selection, String region) {
        List<Bson> filters = new ArrayList<>();
        if (region != null) {
            filters.add(Filters.eq("regionCode", region));
        }
        if (selection.from() != null) {
            filters.add(Filters.gte("createdAt", Date.from(selection.from())));
        }
        if (selection.to() != null) {
            filters.add(Filters.lt("createdAt", Date.from(selection.to())));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static String sheetName(String language) {
        return "ru".equals(language) ? "Просьбы" : "Requests";
    }

    static List<String> header(Selection selection, String language) {
        boolean ru = "ru".equals(language);
        List<String> header = new ArrayList<>(
                ru
                        ? List.of(
                                "Номер",
                                "Регион",
                                "Статус",
                                "Причина",
                                "Кто ведёт",
                                "Что нужно",
                                "Срочность",
                                "Возраст",
                                "Создана",
                                "Взята",
                                "Выполнена",
                                "Изменена",
                                "Канал",
                                "Через оператора",
                                "Оценка")
                        : List.of(
                                "Number",
                                "Region",
                                "Status",
                                "Reason",
                                "Holder",
                                "Needs",
                                "Urgency",
                                "Age group",
                                "Submitted",
                                "Taken",
                                "Done",
                                "Last change",
                                "Channel",
                                "Via operator",
                                "Rating"));
        if (selection.withContacts()) {
            header.addAll(
                    ru
                            ? List.of(
                                    "Кому помочь",
                                    "Телефон",
                                    "Кто просил",
                                    "Телефон просившего",
                                    "Адрес",
                                    "Подробности",
                                    "Причина (текст)")
                            : List.of(
                                    "Person helped",
                                    "Phone",
                                    "Requester",
                                    "Requester's phone",
                                    "Address",
                                    "Details",
                                    "Reason (as typed)"));
        }
        return header;
    }

    private List<Object> row(Document d, boolean contacts, String language) {
        List<Object> row = new ArrayList<>();
        RequestStatus status = RequestStatus.valueOf(d.getString("status"));
        row.add(d.getString("number"));
        row.add(d.getString("regionCode"));
        row.add(status.label().in(language));
        String reason = d.getString("statusReason");
        String code = reason == null ? null : reasons.codeOf(reason);
        row.add(code == null ? null : code);
        Document holder = d.get("holder", Document.class);
        row.add(holder == null ? null : holder.getString("name"));
        row.add(d.getList("needs", String.class, List.of()).stream()
                .map(id -> needs.name(id, language))
                .collect(Collectors.joining(", ")));
        row.add(d.getString("urgency"));
        Document beneficiary = d.get("beneficiary", Document.class);
        row.add(beneficiary == null ? null : beneficiary.getString("ageGroup"));
        row.add(time(d.getDate("createdAt")));
        row.add(time(firstReached(d, RequestStatus.ACCEPTED)));
        row.add(time(firstReached(d, RequestStatus.DONE)));
        row.add(time(d.getDate("updatedAt")));
        row.add(d.getString("intakeChannel"));
        row.add(d.get("intakeOperator") == null ? "" : ("ru".equals(language) ? "да" : "yes"));
        Document rating = d.get("rating", Document.class);
        row.add(rating == null ? null : rating.getInteger("stars"));
        if (contacts) {
            row.add(beneficiary == null ? null : beneficiary.getString("name"));
            row.add(beneficiary == null ? null : beneficiary.getString("phone"));
            Document requester = d.get("requester", Document.class);
            row.add(requester == null ? null : requester.getString("name"));
            row.add(requester == null ? null : requester.getString("phone"));
            row.add(MongoRequestLines.addressShown(address(d.get("address", Document.class))));
            row.add(d.getString("details"));
            row.add(code == null ? reason : null);
        }
        return row;
    }

    private static org.wearetogether.intake.HelpRequest.Address address(Document a) {
        return a == null
                ? null
                : new org.wearetogether.intake.HelpRequest.Address(
                        a.getString("text"), a.getDouble("lat"), a.getDouble("lon"));
    }

    private static Date firstReached(Document d, RequestStatus status) {
        for (Document change : d.getList("history", Document.class, List.of())) {
            if (status.name().equals(change.getString("to")) && !status.name().equals(change.getString("from"))) {
                return change.getDate("at");
            }
        }
        return null;
    }

    private static String time(Date date) {
        return date == null
                ? null
                : LocalDateTime.ofInstant(date.toInstant(), RequestStatistics.ZONE)
                        .format(TIME);
    }
}
