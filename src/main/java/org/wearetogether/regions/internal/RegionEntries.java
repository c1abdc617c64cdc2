package org.wearetogether.regions.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.wearetogether.regions.Region;

/** Checks the entries of the catalogue one by one, remembering what earlier entries claimed. */
final class RegionEntries {

    private static final Pattern CODE = Pattern.compile("RU-[A-Z]{2,3}");
    private static final Set<String> FIELDS = Set.of("code", "ru", "en", "zone", "aliases");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final Function<String, CatalogueException> broken;
    private final List<Region> regions = new ArrayList<>();
    private final Map<String, String> entryByCode = new HashMap<>();
    private final Map<String, String> entryByName = new HashMap<>();

    RegionEntries(Function<String, CatalogueException> broken) {
        this.broken = broken;
    }

    List<Region> regions() {
        return List.copyOf(regions);
    }

    void add(int number, JsonNode entry) {
        if (!entry.isObject()) {
            throw broken.apply("entry " + number + ": must be a mapping with code, ru, en, zone and aliases");
        }
        String code = text(entry, "code");
        String label = code.isEmpty() ? "entry " + number : "entry " + number + " (" + code + ")";
        entry.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw problem(label, "unknown field \"" + field + "\" (allowed: code, ru, en, zone, aliases)");
            }
        });
        checkCode(label, code);
        String ru = required(entry, label, "ru", "the Russian name");
        String en = required(entry, label, "en", "the English name");
        ZoneId zone = zone(label, text(entry, "zone"));
        List<String> aliases = aliases(entry.get("aliases"), label);
        claimNames(label, "name", List.of(ru, en));
        claimNames(label, "alias", aliases);
        regions.add(new Region(code, ru, en, aliases, zone));
    }

    private void checkCode(String label, String code) {
        if (!CODE.matcher(code).matches()) {
            throw problem(label, "code \"" + code + "\" must be RU- followed by 2 or 3 capital letters");
        }
        if (!IsoRegionCodes.ALL.contains(code)) {
            throw problem(label, "code " + code + " is not in ISO 3166-2:RU");
        }
        String earlier = entryByCode.putIfAbsent(code, label);
        if (earlier != null) {
            throw problem(label, "code " + code + " is already used by " + earlier);
        }
    }

    private String required(JsonNode entry, String label, String field, String what) {
        String value = text(entry, field);
        if (value.isBlank()) {
            throw problem(label, what + " (" + field + ") is missing or empty");
        }
        return value.strip();
    }

    private ZoneId zone(String label, String zone) {
        if (!ZONES.contains(zone)) {
            throw problem(label, "zone \"" + zone + "\" is not an IANA time zone such as Europe/Moscow");
        }
        return ZoneId.of(zone);
    }

    private List<String> aliases(JsonNode node, String label) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> aliases = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(
                    alias -> aliases.add(alias.isValueNode() ? alias.asText().strip() : ""));
        }
        if (!node.isArray() || aliases.contains("")) {
            throw problem(label, "aliases must be a list of non-empty texts");
        }
        return aliases;
    }

    /** A name or alias must lead to one region only, else typing it could not pick a region. */
    private void claimNames(String label, String kind, List<String> names) {
        for (String name : names) {
            NormalisedName normalised = NormalisedName.of(name);
            if (normalised.isEmpty()) {
                throw problem(
                        label, kind + " \"" + name + "\" is empty once punctuation and words like область are ignored");
            }
            String earlier = entryByName.putIfAbsent(normalised.text(), label);
            if (earlier != null && !earlier.equals(label)) {
                throw problem(label, kind + " \"" + name + "\" already names " + earlier);
            }
        }
    }

    private CatalogueException problem(String label, String problem) {
        return broken.apply(label + ": " + problem);
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? "" : value.asText();
    }
}
