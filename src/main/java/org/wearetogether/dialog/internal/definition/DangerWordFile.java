package org.wearetogether.dialog.internal.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wearetogether.datafiles.DialogFolder;

/**
 * Reads {@code danger-words.yaml} and checks all of it, so that a broken list stops start-up with one message naming
 * the file, the entry and the problem instead of silently missing an emergency later.
 */
public final class DangerWordFile {

    public static final String NAME = "danger-words.yaml";
    static final int FORMAT = 1;
    static final Set<String> LANGUAGES = Set.of("ru", "en");
    private static final Set<String> FIELDS = Set.of("format", "dialogs", "words", "urgent_answers");
    private static final int SHORTEST_STEM = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}+\\*?");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;

    private DangerWordFile(String source) {
        this.source = source;
    }

    public static DangerWords load(DialogFolder folder) {
        DangerWordFile file = new DangerWordFile(folder.describe(NAME));
        InputStream in = folder.open(NAME)
                .orElseThrow(() -> new DangerWordsException(
                        "Danger-word list " + NAME + " is neither in " + folder.folder() + " nor in the jar"));
        try (in) {
            return file.read(YAML.readTree(in));
        } catch (JsonProcessingException e) {
            throw file.broken("not valid YAML at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the danger-word list " + file.source, e);
        }
    }

    /** Checks an already parsed file; for tests of the checks. */
    static DangerWords read(String source, String yaml) {
        DangerWordFile file = new DangerWordFile(source);
        try {
            return file.read(YAML.readTree(yaml));
        } catch (JsonProcessingException e) {
            throw file.broken("not valid YAML at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
    }

    private DangerWords read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw broken("must be a mapping with \"format\", \"dialogs\", \"words\" and \"urgent_answers\"");
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw broken("unknown field \"" + field + "\" (allowed: format, dialogs, words, urgent_answers)");
            }
        });
        JsonNode format = root.get("format");
        if (format == null || !format.isInt() || format.intValue() != FORMAT) {
            throw broken("\"format\" must be " + FORMAT);
        }
        return new DangerWords(
                dialogs(root.get("dialogs")), entries(root.get("words")), urgentAnswers(root.get("urgent_answers")));
    }

    private Set<String> dialogs(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw broken("\"dialogs\" must list the ids of the dialogs to check, e.g. [request_help]");
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (JsonNode id : list) {
            if (!id.isTextual() || id.asText().isBlank()) {
                throw broken("\"dialogs\" must hold dialog ids");
            }
            ids.add(id.asText().strip());
        }
        return ids;
    }

    private List<DangerWords.Entry> entries(JsonNode words) {
        if (words == null || !words.isObject()) {
            throw broken("\"words\" must map each language (ru, en) to a list of words");
        }
        for (String language : LANGUAGES) {
            if (!words.has(language)) {
                throw broken("\"words\" has no list for \"" + language + "\" (both ru and en are needed)");
            }
        }
        List<DangerWords.Entry> entries = new ArrayList<>();
        Map<List<String>, String> seen = new HashMap<>();
        words.properties().forEach(language -> {
            String where = "words." + language.getKey();
            if (!LANGUAGES.contains(language.getKey())) {
                throw broken("unknown language \"" + language.getKey() + "\" in \"words\" (allowed: ru, en)");
            }
            JsonNode list = language.getValue();
            if (!list.isArray() || list.isEmpty()) {
                throw broken(where + " must be a non-empty list of words");
            }
            for (int i = 0; i < list.size(); i++) {
                DangerWords.Entry entry = entry(where + " entry " + (i + 1), list.get(i));
                String other = seen.putIfAbsent(entry.words(), entry.asWritten());
                if (other != null) {
                    throw broken(
                            where + " entry " + (i + 1) + " \"" + entry.asWritten() + "\" repeats \"" + other + "\"");
                }
                entries.add(entry);
            }
        });
        return entries;
    }

    private DangerWords.Entry entry(String where, JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw broken(where + " must be a word or words in quotes");
        }
        String written = node.asText().strip();
        List<String> words = DangerWords.words(written);
        for (String word : words) {
            if (!WORD.matcher(word).matches()) {
                throw broken(where + " \"" + written + "\": a * may only end a word");
            }
            if (word.endsWith("*") && word.length() - 1 < SHORTEST_STEM) {
                throw broken(where + " \"" + written + "\": the stem \"" + word + "\" is shorter than " + SHORTEST_STEM
                        + " letters and would catch harmless words");
            }
        }
        return new DangerWords.Entry(written, words);
    }

    private List<Map<String, String>> urgentAnswers(JsonNode list) {
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            throw broken("\"urgent_answers\" must be a list of {step: option} mappings");
        }
        List<Map<String, String>> all = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = "urgent_answers entry " + (i + 1);
            if (!item.isObject() || item.isEmpty()) {
                throw broken(where + " must map step ids to option ids, e.g. { needs: medical_help, urgency: today }");
            }
            Map<String, String> combination = new LinkedHashMap<>();
            item.properties().forEach(e -> {
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                    throw broken(where + ", step \"" + e.getKey() + "\": the option must be an option id");
                }
                combination.put(e.getKey(), e.getValue().asText().strip());
            });
            all.add(combination);
        }
        return all;
    }

    private DangerWordsException broken(String problem) {
        return new DangerWordsException("Danger-word list " + source + " cannot be used: " + problem);
    }
}
