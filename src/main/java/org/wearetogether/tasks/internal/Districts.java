package org.wearetogether.tasks.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a volunteer's town or district ("Химки", "Тверской район") is named in a request's typed address ("Химки,
 * ул. Мира, д. 3"): the district's significant words, each matched as a whole word of the address (case and ё/е
 * ignored). A shared location, or a district of only generic words, matches nothing: the district is then unknown.
 */
final class Districts {

    private static final Set<String> GENERIC = Set.of(
            "район",
            "р-н",
            "р-он",
            "г",
            "город",
            "округ",
            "мкр",
            "микрорайон",
            "пос",
            "посёлок",
            "поселок",
            "село",
            "деревня",
            "д",
            "district",
            "town",
            "city",
            "area");

    private Districts() {}

    static boolean same(String district, String address) {
        if (district == null || address == null) {
            return false;
        }
        List<String> wanted = words(district).stream()
                .filter(w -> !GENERIC.contains(w) && w.length() >= 3)
                .toList();
        List<String> there = words(address);
        return !wanted.isEmpty() && there.containsAll(wanted);
    }

    private static List<String> words(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return Arrays.stream(normal.split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> !w.isBlank())
                .toList();
    }
}
