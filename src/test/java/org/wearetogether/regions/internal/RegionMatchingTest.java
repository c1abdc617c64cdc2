package org.wearetogether.regions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.regions.RegionCatalogue.RegionMatch;

class RegionMatchingTest {

    private static final RegionCatalogue CATALOGUE =
            new FuzzyRegionCatalogue(RegionFile.load(new DialogFolder(Path.of("dialogs"))));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            мск                          | RU-MOW
            Москва                       | RU-MOW
            г. Москва                    | RU-MOW
            Moscow                       | RU-MOW
            MOSCOW!                      | RU-MOW
            Moskow                       | RU-MOW
            Масква                       | RU-MOW
            в Москве                     | RU-MOW
            RU-MOW                       | RU-MOW
            Московская обл.              | RU-MOS
            московская область           | RU-MOS
            Московская                   | RU-MOS
            Подмосковье                  | RU-MOS
            Moscow region                | RU-MOS
            Moscow Oblast                | RU-MOS
            Питер                        | RU-SPE
            спб                          | RU-SPE
            СПб                          | RU-SPE
            Санкт-Петербург              | RU-SPE
            санкт петербург              | RU-SPE
            St. Petersburg               | RU-SPE
            Ленобласть                   | RU-LEN
            Ленинградская обл            | RU-LEN
            Казань                       | RU-TA
            Kazan                        | RU-TA
            Tatarstan                    | RU-TA
            Татарстан                    | RU-TA
            Татарстн                     | RU-TA
            Республика Татарстан         | RU-TA
            Респ. Татарстан              | RU-TA
            Republic of Tatarstan        | RU-TA
            Нижний Новгород              | RU-NIZ
            Екатеринбург                 | RU-SVE
            Свердловская обл             | RU-SVE
            Краснодарский кр.            | RU-KDA
            Primorsky Krai               | RU-PRI
            Ханты-Мансийский АО          | RU-KHM
            ХМАО-Югра                    | RU-KHM
            Еврейская АО                 | RU-YEV
            Ulyanovsk oblast'            | RU-ULY
            Якутия                       | RU-SA
            Новосибирск                  | RU-NVS
            Новосибирская облать         | RU-NVS
            Самарская обл                | RU-SAM
            Ставрополь                   | RU-STA
            Башкирия                     | RU-BA
            """)
    void matchesTypedNamesWithCertainty(String typed, String code) {
        RegionMatch match = CATALOGUE.match(typed);

        assertThat(match.certain()).map(Region::code).contains(code);
        assertThat(match.candidates()).extracting(Region::code).containsExactly(code);
    }

    @Test
    void offersBothNovgorodsWhenTheTownIsNotClear() {
        RegionMatch match = CATALOGUE.match("Новгород");

        assertThat(match.certain()).isEmpty();
        assertThat(match.candidates()).extracting(Region::code).contains("RU-NGR", "RU-NIZ");
        assertThat(match.candidates()).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void offersBothAltaisWhenTheKindIsNotTyped() {
        RegionMatch match = CATALOGUE.match("Altai");

        assertThat(match.certain()).isEmpty();
        assertThat(match.candidates()).extracting(Region::code).contains("RU-AL", "RU-ALT");
    }

    @Test
    void offersCandidatesForAnUnclearTypo() {
        RegionMatch match = CATALOGUE.match("Тамск");

        assertThat(match.certain()).isEmpty();
        assertThat(match.candidates()).extracting(Region::code).contains("RU-TOM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "...", "🙂🙂🙂", "область", "г.", "xyzzyqwerty", "Лондон"})
    void findsNothingInInputThatNamesNoRegion(String typed) {
        RegionMatch match = CATALOGUE.match(typed);

        assertThat(match.certain()).isEmpty();
        assertThat(match.candidates()).isEmpty();
    }

    @Test
    void findsNothingInNullOrVeryLongInput() {
        assertThat(CATALOGUE.match(null).candidates()).isEmpty();
        RegionMatch longText = CATALOGUE.match("Москва ".repeat(585) + "🙂");
        assertThat(longText.certain()).isEmpty();
        assertThat(longText.candidates()).isEmpty();
    }

    @Test
    void findsRegionsByCode() {
        assertThat(CATALOGUE.byCode("RU-SPE")).map(Region::nameEn).contains("Saint Petersburg");
        assertThat(CATALOGUE.byCode("RU-XX")).isEmpty();
        assertThat(CATALOGUE.byCode(null)).isEmpty();
        assertThat(CATALOGUE.all()).hasSize(83);
    }
}
