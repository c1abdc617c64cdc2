package org.wearetogether.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.DataExport;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MyDataSchema;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;

/** The volunteer profile part of {@code /mydata}: every field signed up, in the person's language, theirs only. */
class VolunteerDataExportTest {

    private MongoFixtures.InMemoryMongo mongo;
    private MongoVolunteers volunteers;
    private VolunteerDataExport export;

    @BeforeEach
    void start() {
        mongo = MongoFixtures.inMemory();
        volunteers = new MongoVolunteers(mongo.database());
        export = new VolunteerDataExport(
                volunteers,
                OptionNames.from(new org.wearetogether.datafiles.DialogFolder(java.nio.file.Path.of("dialogs"))));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void holdsTheWholeProfileInThePersonsLanguageAndNothingOfAnotherVolunteer() {
        volunteers.signUp(sentinel("2001", "Ivan SENTINEL-IVAN", "+79160000001"), "c1", VolunteerFixtures.T);
        volunteers.signUp(sentinel("2002", "Maria SENTINEL-MARIA", "+79160000002"), "c2", VolunteerFixtures.T);

        DataExport.Section russian =
                export.export(VolunteerFixtures.person("2001", "Ivan"), "ru").orElseThrow();
        DataExport.Section english =
                export.export(VolunteerFixtures.person("2001", "Ivan"), "en").orElseThrow();

        assertThat(russian.title()).isEqualTo("Ваш профиль волонтёра");
        assertThat(russian.entries().get(0).fields())
                .extracting(DataExport.Field::label)
                .contains("Имя", "Телефон", "Город или район", "Чем можете помочь");
        assertThat(english.entries().get(0).fields())
                .extracting(DataExport.Field::value)
                .contains("Ivan SENTINEL-IVAN", "+79160000001", "Khimki", VolunteerTexts.STATUS_PENDING.in("en"))
                .contains("Own car, Medical education", "Weekends");
        assertThat(russian.entries().get(0).fields())
                .extracting(DataExport.Field::value)
                .contains("Свой автомобиль, Медицинское образование", "В выходные");
        assertThat(russian.toString() + english).doesNotContain("SENTINEL-MARIA", "+79160000002");
        assertThat(MyDataSchema.sectionProblems("volunteer", english.data())).isEmpty();
    }

    @Test
    void nothingForSomeoneWhoNeverSignedUp() {
        assertThat(export.export(VolunteerFixtures.person("2003", "Oleg"), "en"))
                .isEmpty();
    }

    private static Volunteer sentinel(String userId, String name, String phone) {
        return new Volunteer(
                userId,
                "telegram:" + userId,
                name,
                30,
                phone,
                "RU-MOW",
                "Khimki",
                List.of("own_car", "medical"),
                List.of("weekends"),
                4,
                VolunteerStatus.PENDING,
                null,
                "en",
                VolunteerFixtures.T,
                VolunteerFixtures.T);
    }
}
