package org.wearetogether.regions;

import java.time.ZoneId;
import java.util.List;

/**
 * A federal subject of Russia.
 *
 * @param code ISO 3166-2:RU code, e.g. {@code RU-MOW}
 * @param nameRu official Russian name, e.g. {@code Москва}
 * @param nameEn English name, e.g. {@code Moscow}
 * @param aliases other spellings and abbreviations people type: {@code мск}, {@code Питер}, {@code Московская обл.}
 * @param zone the time zone of the region's capital
 */
public record Region(String code, String nameRu, String nameEn, List<String> aliases, ZoneId zone) {

    public Region {
        aliases = List.copyOf(aliases);
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameRu;
    }

    /** The code without the country prefix, used in request numbers: {@code MOW}. */
    public String shortCode() {
        return code.substring(code.indexOf('-') + 1);
    }
}
