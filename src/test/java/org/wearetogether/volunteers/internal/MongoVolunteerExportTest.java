package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.T;
import static org.wearetogether.volunteers.internal.VolunteerFixtures.volunteer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.exports.SheetFormat;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerExports.Selection;
import org.wearetogether.volunteers.VolunteerStatus;

class MongoVolunteerExportTest {

    private static final String NAME = "Sentinel Volunteerov";
    private static final String PHONE = "+79990005566";
    private static final String DISTRICT = "Sentinel district";

    private MongoFixtures.InMemoryMongo mongo;
    private MongoVolunteers volunteers;
    private MongoVolunteerExport export;

    @BeforeEach
    void setUp() {
        mongo = MongoFixtures.inMemory();
        volunteers = new MongoVolunteers(mongo.database());
        export = new MongoVolunteerExport(mongo.database());
        for (String id : List.of("1", "2", "3")) {
            Volunteer v = volunteer(id, NAME + " " + id, id.equals("3") ? "RU-SPE" : "RU-MOW", List.of("own_car"));
            volunteers.signUp(
                    new Volunteer(
                            v.userId(),
                            v.chatKey(),
                            v.name(),
                            17,
                            PHONE,
                            v.regionCode(),
                            DISTRICT,
                            v.skills(),
                            v.availability(),
                            v.hoursPerWeek(),
                            v.status(),
                            null,
                            "ru",
                            T,
                            T),
                    "conv-" + id,
                    T);
        }
        volunteers.changeStatus("1", VolunteerStatus.PENDING, VolunteerStatus.APPROVED, T);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void aCoordinatorsExportHasNoNamePhoneOrDistrictInCsvOrXlsx() throws Exception {
        Selection coordinator = new Selection(Set.of("RU-MOW"), null, null, false);

        String csv = csv(coordinator);
        String xlsx = xlsx(coordinator);

        for (String sheet : List.of(csv, xlsx)) {
            assertThat(sheet)
                    .contains("RU-MOW", "own_car", "APPROVED", "PENDING")
                    .doesNotContain("RU-SPE");
            assertThat(sheet).doesNotContain("Sentinel", "9990005566", "telegram:");
        }
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).startsWith("Регион,Статус").contains("да");
    }

    @Test
    void anAdminsExportHasTheContacts() throws Exception {
        String csv = csv(new Selection(Set.of(), null, null, true));

        assertThat(csv).contains(NAME + " 1", "'" + PHONE, DISTRICT, "RU-SPE");
    }

    @Test
    void countsByRegionAndStatus() {
        assertThat(export.countsByRegion(Set.of()))
                .containsOnly(
                        Map.entry("RU-MOW", Map.of(VolunteerStatus.APPROVED, 1L, VolunteerStatus.PENDING, 1L)),
                        Map.entry("RU-SPE", Map.of(VolunteerStatus.PENDING, 1L)));
        assertThat(export.countsByRegion(Set.of("RU-SPE"))).containsOnlyKeys("RU-SPE");
    }

    private String csv(Selection selection) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(selection, SheetFormat.CSV, "ru", out);
        byte[] bytes = out.toByteArray();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private String xlsx(Selection selection) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(selection, SheetFormat.XLSX, "en", out);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
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
