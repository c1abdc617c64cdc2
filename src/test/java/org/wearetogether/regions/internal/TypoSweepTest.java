package org.wearetogether.regions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue.RegionMatch;

/** Every name and alias of the shipped file with one letter dropped or one vowel swapped, in the middle. */
class TypoSweepTest {

    private final List<Region> regions = RegionFile.load(new DialogFolder(Path.of("dialogs")));
    private final FuzzyRegionCatalogue catalogue = new FuzzyRegionCatalogue(regions);

    @Test
    void neverIsCertainOfAnotherRegionForATypo() {
        List<String> wrong = new ArrayList<>();
        int certain = 0;
        int total = 0;
        for (Region region : regions) {
            for (String typo : typos(region)) {
                RegionMatch match = catalogue.match(typo);
                total++;
                if (match.certain().isPresent()) {
                    certain++;
                    if (!match.certain().get().equals(region)) {
                        wrong.add(typo + " -> " + match.certain().get().code());
                    }
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(certain).isGreaterThan(total * 8 / 10);
    }

    private static List<String> typos(Region region) {
        return Stream.concat(Stream.of(region.nameRu(), region.nameEn()), region.aliases().stream())
                .filter(name -> name.length() >= 5)
                .flatMap(name -> {
                    int middle = name.length() / 2;
                    char swapped = "аоaoеи".indexOf(name.charAt(middle)) >= 0 ? 'у' : 'а';
                    return Stream.of(
                            name.substring(0, middle) + name.substring(middle + 1),
                            name.substring(0, middle) + swapped + name.substring(middle + 1));
                })
                .toList();
    }
}
