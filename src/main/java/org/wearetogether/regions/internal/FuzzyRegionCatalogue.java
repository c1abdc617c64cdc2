package org.wearetogether.regions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/**
 * The catalogue with matching of typed names: exact names and aliases first, then the same ignoring the kind
 * ({@code Московская}, {@code Tatarstan}), then typos. A match is certain only when one region clearly wins;
 * then {@link RegionMatch#candidates()} holds just that region. Names are normalised once, up front, because
 * matching runs for every typed answer.
 */
final class FuzzyRegionCatalogue implements RegionCatalogue {

    static final int MAX_CANDIDATES = 5;
    private static final int MAX_FUZZY_LENGTH = 60;
    private static final RegionMatch NONE = new RegionMatch(Optional.empty(), List.of());

    private final List<Region> regions;
    private final Map<String, Region> byCode = new HashMap<>();
    private final List<Key> keys = new ArrayList<>();
    private final Map<String, Set<Region>> byText = new HashMap<>();
    private final Map<String, Set<Region>> byCore = new HashMap<>();

    /** A normalised name or alias of a region. */
    record Key(Region region, NormalisedName name) {}

    FuzzyRegionCatalogue(List<Region> regions) {
        this.regions = List.copyOf(regions);
        for (Region region : regions) {
            byCode.put(region.code(), region);
            index(region, region.code());
            index(region, region.nameRu());
            index(region, region.nameEn());
            region.aliases().forEach(alias -> index(region, alias));
        }
    }

    private void index(Region region, String name) {
        NormalisedName normalised = NormalisedName.of(name);
        if (normalised.isEmpty()) {
            return;
        }
        keys.add(new Key(region, normalised));
        byText.computeIfAbsent(normalised.text(), t -> new LinkedHashSet<>()).add(region);
        byCore.computeIfAbsent(normalised.core(), c -> new LinkedHashSet<>()).add(region);
    }

    @Override
    public List<Region> all() {
        return regions;
    }

    @Override
    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    @Override
    public RegionMatch match(String typed) {
        NormalisedName name = NormalisedName.of(typed);
        if (name.isEmpty()) {
            return NONE;
        }
        Set<Region> exact = byText.getOrDefault(name.text(), Set.of());
        if (exact.isEmpty() && name.kinds().isEmpty()) {
            exact = byCore.getOrDefault(name.core(), Set.of());
        }
        if (exact.size() == 1) {
            return certain(exact.iterator().next());
        }
        if (!exact.isEmpty()) {
            return new RegionMatch(Optional.empty(), List.copyOf(exact));
        }
        int length = name.core().length();
        return length < NameSimilarity.MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH
                ? NONE
                : new Ranking(name, keys).match();
    }

    static RegionMatch certain(Region region) {
        return new RegionMatch(Optional.of(region), List.of(region));
    }
}
