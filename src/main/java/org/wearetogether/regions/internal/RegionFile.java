package org.wearetogether.regions.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.regions.Region;

/**
 * Reads {@code regions.yaml} and checks all of it, so that a broken catalogue stops start-up with one message
 * naming the file, the entry and the problem instead of failing later in a conversation.
 */
final class RegionFile {

    static final String NAME = "regions.yaml";
    static final int FORMAT = 1;
    private static final Set<String> FIELDS = Set.of("format", "regions");
    private static final int MISSING_SHOWN = 5;

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;

    private RegionFile(String source) {
        this.source = source;
    }

    /** The checked regions, in file order. */
    static List<Region> load(DialogFolder folder) {
        RegionFile file = new RegionFile(folder.describe(NAME));
        InputStream in = folder.open(NAME)
                .orElseThrow(() -> new CatalogueException(
                        "Region catalogue " + NAME + " is neither in " + folder.folder() + " nor in the jar"));
        try (in) {
            return file.read(YAML.readTree(in));
        } catch (JsonProcessingException e) {
            throw file.broken("not valid YAML at line " + e.getLocation().getLineNr() + ": "
                    + yamlProblem(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the region catalogue " + file.source, e);
        }
    }

    private List<Region> read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw broken("must be a mapping with \"format\" and \"regions\"");
        }
        checkFields(root);
        checkFormat(root.get("format"));
        JsonNode entries = root.get("regions");
        if (entries == null || !entries.isArray()) {
            throw broken("\"regions\" must be a list of regions");
        }
        RegionEntries checked = new RegionEntries(this::broken);
        for (int i = 0; i < entries.size(); i++) {
            checked.add(i + 1, entries.get(i));
        }
        checkNoneMissing(checked.regions());
        return checked.regions();
    }

    private void checkFields(JsonNode root) {
        root.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw broken("unknown field \"" + field + "\" (allowed: format, regions)");
            }
        });
    }

    private void checkFormat(JsonNode format) {
        if (format == null || !format.isInt() || format.intValue() != FORMAT) {
            String found = format == null ? "nothing" : "\"" + format.asText() + "\"";
            throw broken("format must be " + FORMAT + ", found " + found);
        }
    }

    private void checkNoneMissing(List<Region> regions) {
        Set<String> missing = new TreeSet<>(IsoRegionCodes.ALL);
        regions.forEach(region -> missing.remove(region.code()));
        if (!missing.isEmpty()) {
            List<String> shown = new ArrayList<>(missing).subList(0, Math.min(MISSING_SHOWN, missing.size()));
            String more = missing.size() > MISSING_SHOWN ? " and " + (missing.size() - MISSING_SHOWN) + " more" : "";
            String which = missing.size() == 1
                    ? "region " + shown.get(0) + " is missing"
                    : missing.size() + " regions are missing: " + String.join(", ", shown) + more;
            throw broken(which + " (every ISO 3166-2:RU code must be listed once)");
        }
    }

    /** The parser's own words without its position lines and source excerpts, which the line number replaces. */
    private static String yamlProblem(String message) {
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(", "));
    }

    private CatalogueException broken(String problem) {
        return new CatalogueException("Region catalogue " + source + ": " + problem);
    }
}
