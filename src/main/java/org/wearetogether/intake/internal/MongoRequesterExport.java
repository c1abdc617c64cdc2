package org.wearetogether.intake.internal;

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
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.intake.HelpRequest;

/**
 * The help requests part of {@code /mydata}: every request the person filed, with everything kept in it (their own
 * and the helped person's contacts, address, details, code word, consent, rating), its status and its history as the
 * requester may see it: when, what changed, and who by role and first name (no ids, no @usernames, no comments of
 * staff, which may name others). Requests a hotline operator filed for callers are the callers' data: the operator
 * gets their numbers, dates and statuses only.
 *
 * <p>Reads the requests by {@code requester.chatKey}: a real MongoDB answers from its index; the embedded store
 * ignores non-unique indexes and reads every stored request (a few ms per thousand; {@code /mydata} is rare and
 * rate-limited, and retention keeps the collection bounded).
 */
@org.springframework.stereotype.Repository
final class MongoRequesterExport implements DataExport {

    static final int MOST = 500;

    private static final Texts TITLE = Texts.of("Ваши заявки на помощь", "Your requests for help");
    private static final Texts REQUEST = Texts.of("Заявка № %s", "Request No. %s");
    private static final Texts FILED_FOR_CALLER = Texts.of(
            "Заявка № %s (вы оформили её для позвонившего человека; его данные сюда не входят)",
            "Request No. %s (you filed it for a caller; their data is not included here)");

    private final MongoCollection<Document> requests;
    private final NeedNames needs;
    private final ChoiceNames choices;
    /** A region's name in a language, from its code. */
    private final java.util.function.BinaryOperator<String> regionName;

    @org.springframework.beans.factory.annotation.Autowired
    MongoRequesterExport(
            MongoDatabase database,
            org.springframework.beans.factory.ObjectProvider<org.wearetogether.datafiles.DialogFolder> dialogFolder,
            @org.springframework.beans.factory.annotation.Value("${together.dialogs.folder:./dialogs}")
                    java.nio.file.Path folder,
            org.wearetogether.regions.RegionCatalogue regions) {
        this(
                database,
                dialogFolder.getIfAvailable(() -> new org.wearetogether.datafiles.DialogFolder(folder)),
                (code, language) ->
                        regions.byCode(code).map(r -> r.name(language)).orElse(code));
    }

    MongoRequesterExport(MongoDatabase database, org.wearetogether.datafiles.DialogFolder dialogs) {
        this(database, dialogs, (code, language) -> code);
    }

    MongoRequesterExport(
            MongoDatabase database,
            org.wearetogether.datafiles.DialogFolder dialogs,
            java.util.function.BinaryOperator<String> regionName) {
        this.regionName = regionName;
        this.requests = database.getCollection(MongoHelpRequests.COLLECTION);
        this.needs = NeedNames.from(dialogs);
        this.choices = ChoiceNames.from(dialogs);
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        List<Entry> entries = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        for (Document d : requests.find(Filters.eq("requester.chatKey", person.chatKey()))
                .sort(Sorts.descending("createdAt"))
                .limit(MOST)) {
            HelpRequest r = MongoHelpRequestDocuments.fromDocument(d);
            var part = r.source().intakeOperator() != null ? filedForCaller(r, language) : own(r, d, language);
            entries.add(part.entry());
            data.add(part.json());
        }
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(new Section("requests", TITLE.in(language), entries, data));
    }

    private static DataExport.Builder filedForCaller(HelpRequest r, String language) {
        return new DataExport.Builder(FILED_FOR_CALLER.in(language).formatted(r.number()))
                .add("number", Labels.NUMBER.in(language), r.number())
                .data("filedForCaller", true)
                .add(
                        "status",
                        Labels.STATUS.in(language),
                        r.status().name(),
                        r.status().label().in(language))
                .add(
                        "createdAt",
                        Labels.CREATED.in(language),
                        DataExport.json(r.createdAt()),
                        DataExport.shown(r.createdAt()));
    }

    private DataExport.Builder own(HelpRequest r, Document d, String language) {
        var b = new DataExport.Builder(REQUEST.in(language).formatted(r.number()))
                .add("number", Labels.NUMBER.in(language), r.number())
                .data("filedForCaller", false)
                .add(
                        "status",
                        Labels.STATUS.in(language),
                        r.status().name(),
                        r.status().label().in(language))
                .add("statusReason", Labels.REASON.in(language), r.statusReason())
                .add(
                        "createdAt",
                        Labels.CREATED.in(language),
                        DataExport.json(r.createdAt()),
                        DataExport.shown(r.createdAt()))
                .add(
                        "updatedAt",
                        Labels.UPDATED.in(language),
                        DataExport.json(r.updatedAt()),
                        DataExport.shown(r.updatedAt()))
                .add("region", Labels.REGION.in(language), r.regionCode(), regionName.apply(r.regionCode(), language))
                .add(
                        "forWhom",
                        Labels.FOR_WHOM.in(language),
                        r.forWhom() == null ? null : r.forWhom().name(),
                        r.forWhom() == null ? null : Labels.forWhom(r.forWhom(), language));
        HelpRequest.Requester requester = r.requester();
        b.add("requesterName", Labels.YOUR_NAME.in(language), requester == null ? null : requester.name())
                .add("requesterPhone", Labels.YOUR_PHONE.in(language), requester == null ? null : requester.phone());
        HelpRequest.Beneficiary beneficiary = r.beneficiary();
        b.add("beneficiaryName", Labels.BENEFICIARY.in(language), beneficiary == null ? null : beneficiary.name())
                .add(
                        "beneficiaryPhone",
                        Labels.BENEFICIARY_PHONE.in(language),
                        beneficiary == null ? null : beneficiary.phone())
                .add(
                        "ageGroup",
                        Labels.AGE_GROUP.in(language),
                        beneficiary == null ? null : beneficiary.ageGroup(),
                        beneficiary == null ? null : choices.name("age_group", beneficiary.ageGroup(), language))
                .add(
                        "address",
                        Labels.ADDRESS.in(language),
                        MongoRequestLines.address(r.address()),
                        MongoRequestLines.addressShown(r.address()))
                .add(
                        "needs",
                        Labels.NEEDS.in(language),
                        r.needs(),
                        String.join(
                                ", ",
                                r.needs().stream()
                                        .map(n -> needs.name(n, language))
                                        .toList()))
                .add(
                        "urgency",
                        Labels.URGENCY.in(language),
                        r.urgency(),
                        choices.name("urgency", r.urgency(), language))
                .add("details", Labels.DETAILS.in(language), VoiceNote.readable(r.details(), language))
                .add("codeWord", Labels.CODE_WORD.in(language), d.getString(MongoCodeWords.WORD));
        MongoRequestLines.consent(b, r.consent(), language);
        MongoRequestLines.holder(b, r.holder(), language);
        MongoRequestLines.rating(b, d.get("rating", Document.class), language);
        MongoRequestLines.history(b, d, language);
        MongoRequestLines.messages(b, d, language);
        b.add(
                "answers",
                Labels.ANSWERS.in(language),
                r.answers().isEmpty() ? null : new java.util.TreeMap<>(VoiceNote.readable(r.answers(), language)),
                null);
        java.util.Date erased = d.getDate("personalDataDeletedAt");
        return b.add(
                "personalDataDeletedAt",
                Labels.ERASED.in(language),
                erased == null ? null : erased.toInstant().toString(),
                erased == null ? null : DataExport.shown(erased.toInstant()));
    }
}
