package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.exports.SheetFormat;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestExports.Selection;
import org.wearetogether.intake.RequestStatus;

/** A coordinator's export holds what a card shows and nothing personal, whatever the requests are full of. */
class MongoRequestExportTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "501", "Olga");

    private static final String NAME = "Zinaida Sentinelova";
    private static final String PHONE = "+79990001122";
    private static final String ADDRESS = "Sentinel street 13, flat 7";
    private static final String DETAILS = "door code 4321K";
    private static final String REQUESTER = "Requesterina Sentinel";
    private static final String REQUESTER_PHONE = "+79990003344";
    private static final String TYPED_REASON = "Zinaida moved to Sentinelgrad";
    private static final String CODE_WORD = "SENTINELWORD";
    private static final List<String> SENTINELS =
            List.of("Sentinel", "9990001122", "9990003344", "4321K", "SENTINELWORD", "Zinaida");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, e -> {});
    private final MongoRequestExport export = new MongoRequestExport(
            database,
            new NeedNames(Map.of("groceries", org.wearetogether.dialog.Texts.of("продукты", "groceries"))),
            StatisticsEvents.known(reason -> "no volunteers are available".equals(reason) ? "novol" : null));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void aCoordinatorsCsvAndXlsxHoldNoContactsEvenFromRequestsFullOfSentinels() throws Exception {
        fill();
        Selection coordinator = new Selection(Set.of("RU-MOW"), null, null, false);

        String csv = csv(coordinator, "en");
        String xlsx = xlsx(coordinator, "en");

        for (String sheet : List.of(csv, xlsx)) {
            assertThat(sheet).contains("MOW-000001", "MOW-000002", "Olga", "groceries", "age_65_plus", "novol");
            assertThat(sheet).as("no personal data").doesNotContain(SENTINELS);
        }
        assertThat(csv.lines().count()).isEqualTo(4); // header + three requests
    }

    @Test
    void anAdminsExportWithContactsHoldsThemButNeverTheCodeWord() throws Exception {
        fill();
        Selection admin = new Selection(Set.of(), null, null, true);

        for (String sheet : List.of(csv(admin, "en"), xlsx(admin, "en"))) {
            assertThat(sheet).contains(NAME, PHONE, ADDRESS, DETAILS, REQUESTER, REQUESTER_PHONE, TYPED_REASON);
            assertThat(sheet).doesNotContain(CODE_WORD);
        }
    }

    @Test
    void cyrillicRoundTripsAndThePeriodAndRegionSelect() throws Exception {
        fill();
        String ru = csv(new Selection(Set.of("RU-MOW"), T0.plus(Duration.ofMinutes(1)), null, false), "ru");

        assertThat(ru).startsWith("Номер,Регион,Статус");
        assertThat(ru).contains("продукты", "не удалось выполнить").doesNotContain("MOW-000001,");
        assertThat(csv(new Selection(Set.of("RU-SPE"), null, null, false), "en").lines())
                .hasSize(1);
        assertThat(xlsx(new Selection(Set.of(), null, null, false), "ru")).contains("Просьбы", "продукты");
    }

    @Test
    void aTypedNeedOrUrgencyThatLooksLikeAFormulaIsGuarded() throws Exception {
        String number = submit("evil", T0, "=HYPERLINK(\"http://evil\")");
        assertThat(number).isNotNull();

        String csv = csv(new Selection(Set.of(), null, null, false), "en");

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",=HYPERLINK");
    }

    private void fill() {
        String done = submit("a", T0, "groceries");
        lifecycle.take(done, OLGA, T0.plus(Duration.ofMinutes(5)));
        lifecycle.change(done, OLGA, RequestStatus.DONE, null, T0.plus(Duration.ofHours(2)));
        String preset = submit("b", T0.plus(Duration.ofMinutes(2)), "groceries");
        lifecycle.take(preset, OLGA, T0.plus(Duration.ofMinutes(6)));
        lifecycle.change(
                preset, OLGA, RequestStatus.CANNOT_FULFIL, "no volunteers are available", T0.plus(Duration.ofHours(1)));
        String typed = submit("c", T0.plus(Duration.ofMinutes(3)), "groceries");
        lifecycle.change(typed, OLGA, RequestStatus.CANNOT_FULFIL, TYPED_REASON, T0.plus(Duration.ofHours(1)));
        database.getCollection(MongoHelpRequests.COLLECTION)
                .updateMany(Filters.exists("number"), Updates.set(MongoCodeWords.WORD, CODE_WORD));
    }

    private String submit(String conversationId, Instant at, String need) {
        Map<String, Object> answers = new HashMap<>(Submissions.relativeAnswers("RU-MOW"));
        answers.put("beneficiary_name", NAME);
        answers.put("beneficiary_phone", PHONE);
        answers.put("address", ADDRESS);
        answers.put("details", DETAILS);
        answers.put("requester_name", REQUESTER);
        answers.put("requester_phone", REQUESTER_PHONE);
        answers.put("needs", List.of(need));
        return requests.submit(RequestAnswers.draft(
                        Submissions.submission(Submissions.ANNA, conversationId, "en", answers), at))
                .request()
                .number();
    }

    private String csv(Selection selection, String language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(selection, SheetFormat.CSV, language, out);
        byte[] bytes = out.toByteArray();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private String xlsx(Selection selection, String language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(selection, SheetFormat.XLSX, language, out);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            text.append(book.getSheetName(0)).append('\n');
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
