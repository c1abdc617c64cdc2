package org.wearetogether.regions;

import java.util.List;
import java.util.Optional;

/** The regions the service knows, and matching of what people type to them. */
public interface RegionCatalogue {

    List<Region> all();

    Optional<Region> byCode(String code);

    /**
     * Matches a typed name: {@code мск}, {@code Moscow}, {@code Московская обл.}, {@code Питер}, with typos.
     *
     * @return the certain match if there is one, else the few closest candidates (possibly none)
     */
    RegionMatch match(String typed);

    /** The result of matching a typed name. */
    record RegionMatch(Optional<Region> certain, List<Region> candidates) {}
}
