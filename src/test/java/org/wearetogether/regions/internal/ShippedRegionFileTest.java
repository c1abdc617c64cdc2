package org.wearetogether.regions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.regions.Region;

class ShippedRegionFileTest {

    private final List<Region> regions = RegionFile.load(new DialogFolder(Path.of("dialogs")));

    @Test
    void listsEveryIsoRegionOnce() {
        assertThat(regions).hasSize(83);
        assertThat(regions).extracting(Region::code).doesNotHaveDuplicates();
        assertThat(regions).extracting(Region::code).containsExactlyInAnyOrderElementsOf(IsoRegionCodes.ALL);
    }

    @Test
    void givesEveryRegionNamesAndARussianTimeZone() {
        assertThat(regions).allSatisfy(region -> {
            assertThat(region.nameRu()).isNotBlank();
            assertThat(region.nameEn()).isNotBlank();
            assertThat(region.zone().getId()).matches("(Europe|Asia)/[A-Za-z_]+");
        });
    }

    @Test
    void placesCapitalsInTheirTimeZones() {
        assertThat(zoneOf("RU-MOW")).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(zoneOf("RU-KGD")).isEqualTo(ZoneId.of("Europe/Kaliningrad"));
        assertThat(zoneOf("RU-SAM")).isEqualTo(ZoneId.of("Europe/Samara"));
        assertThat(zoneOf("RU-SVE")).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(zoneOf("RU-NVS")).isEqualTo(ZoneId.of("Asia/Novosibirsk"));
        assertThat(zoneOf("RU-PRI")).isEqualTo(ZoneId.of("Asia/Vladivostok"));
        assertThat(zoneOf("RU-KAM")).isEqualTo(ZoneId.of("Asia/Kamchatka"));
    }

    private ZoneId zoneOf(String code) {
        return regions.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .zone();
    }
}
