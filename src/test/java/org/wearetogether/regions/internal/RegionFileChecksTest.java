package org.wearetogether.regions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wearetogether.datafiles.DialogFolder;

/** One broken file per rule under {@code broken-regions/}, each with the exact message it must produce. */
class RegionFileChecksTest {

    private static final Path BROKEN = Path.of("src/test/resources/broken-regions");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            unsupported-format    | format must be 1, found "2"
            unknown-field         | unknown field "region" (allowed: format, regions)
            regions-not-a-list    | "regions" must be a list of regions
            entry-not-a-mapping   | entry 1: must be a mapping with code, ru, en, zone and aliases
            unknown-entry-field   | entry 1 (RU-MOW): unknown field "alias" (allowed: code, ru, en, zone, aliases)
            malformed-code        | entry 2 (RU-Spb): code "RU-Spb" must be RU- followed by 2 or 3 capital letters
            code-not-in-iso       | entry 2 (RU-SPB): code RU-SPB is not in ISO 3166-2:RU
            duplicate-code        | entry 2 (RU-MOW): code RU-MOW is already used by entry 1 (RU-MOW)
            empty-russian-name    | entry 1 (RU-MOW): the Russian name (ru) is missing or empty
            missing-english-name  | entry 1 (RU-MOW): the English name (en) is missing or empty
            unknown-zone          | entry 1 (RU-MOW): zone "Europe/Moskva" is not an IANA time zone such as Europe/Moscow
            aliases-not-a-list    | entry 1 (RU-MOW): aliases must be a list of non-empty texts
            alias-without-letters | entry 1 (RU-MOW): alias "обл." is empty once punctuation and words like область are ignored
            alias-of-two-regions  | entry 2 (RU-MOS): alias "МСК." already names entry 1 (RU-MOW)
            name-of-two-regions   | entry 2 (RU-NGR): name "Nizhny Novgorod oblast" already names entry 1 (RU-NIZ)
            missing-region        | region RU-TA is missing (every ISO 3166-2:RU code must be listed once)
            """)
    void refusesBrokenFileWithOneClearMessage(String example, String problem) {
        Path file = BROKEN.resolve(example).resolve("regions.yaml");

        assertThatThrownBy(() -> RegionFile.load(new DialogFolder(file.getParent())))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("Region catalogue " + file + ": " + problem);
    }

    @Test
    void stopsStartUpWhenTheFileIsBroken() {
        DialogFolder folder = new DialogFolder(BROKEN.resolve("unknown-zone"));

        assertThatThrownBy(() -> new RegionCatalogueConfiguration().regionCatalogue(folder))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("Europe/Moskva");
    }

    @Test
    void readsTheShippedCopyWhenTheFolderHasNone() {
        DialogFolder folder = new DialogFolder(BROKEN.resolve("no-such-folder"));

        assertThat(new RegionCatalogueConfiguration().regionCatalogue(folder).all())
                .hasSize(IsoRegionCodes.ALL.size());
    }

    @Test
    void refusesInvalidYamlNamingTheLine() {
        Path file = BROKEN.resolve("invalid-yaml").resolve("regions.yaml");

        assertThatThrownBy(() -> RegionFile.load(new DialogFolder(file.getParent())))
                .isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith("Region catalogue " + file + ": not valid YAML at line 4: ")
                .hasMessageContaining("expected ',' or ']'");
    }
}
