package org.wearetogether.testing;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/** A region catalogue of a few fixed regions, for tests that do not need the real file or fuzzy matching. */
public final class FixedRegions implements RegionCatalogue {

    public static final Region MOSCOW = new Region("RU-MOW", "Москва", "Moscow", List.of(), ZoneId.of("Europe/Moscow"));

    private final List<Region> regions;

    private FixedRegions(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    public static FixedRegions none() {
        return new FixedRegions(List.of());
    }

    public static FixedRegions of(Region... regions) {
        return new FixedRegions(List.of(regions));
    }

    @Override
    public List<Region> all() {
        return regions;
    }

    @Override
    public Optional<Region> byCode(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Only exact codes and names are recognised. */
    @Override
    public RegionMatch match(String typed) {
        Optional<Region> exact = regions.stream()
                .filter(r -> r.code().equalsIgnoreCase(typed)
                        || r.nameRu().equalsIgnoreCase(typed)
                        || r.nameEn().equalsIgnoreCase(typed))
                .findFirst();
        return new RegionMatch(exact, exact.stream().toList());
    }
}
