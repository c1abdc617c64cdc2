package org.wearetogether.dialog.internal.runtime;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/** A tiny region catalogue: exact names and aliases are certain, a known prefix gives candidates. */
final class FakeRegions implements RegionCatalogue {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final List<Region> REGIONS = List.of(
            new Region("RU-MOW", "Москва", "Moscow", List.of("мск"), MOSCOW),
            new Region("RU-MOS", "Московская область", "Moscow Oblast", List.of("подмосковье"), MOSCOW),
            new Region("RU-SPE", "Санкт-Петербург", "Saint Petersburg", List.of("питер", "спб"), MOSCOW));

    @Override
    public List<Region> all() {
        return REGIONS;
    }

    @Override
    public Optional<Region> byCode(String code) {
        return REGIONS.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Override
    public RegionMatch match(String typed) {
        String key = typed.strip().toLowerCase(Locale.ROOT);
        Optional<Region> certain = REGIONS.stream()
                .filter(r -> r.nameRu().equalsIgnoreCase(key)
                        || r.nameEn().equalsIgnoreCase(key)
                        || r.aliases().contains(key))
                .findFirst();
        if (certain.isPresent()) {
            return new RegionMatch(certain, List.of());
        }
        List<Region> candidates = key.length() < 3
                ? List.of()
                : REGIONS.stream()
                        .filter(r -> r.nameRu().toLowerCase(Locale.ROOT).startsWith(key)
                                || r.nameEn().toLowerCase(Locale.ROOT).startsWith(key))
                        .toList();
        return new RegionMatch(Optional.empty(), candidates);
    }
}
