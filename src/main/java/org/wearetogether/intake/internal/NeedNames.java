package org.wearetogether.intake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Texts;

/**
 * The words for the needs a request lists, taken from the options of the {@code needs} step in
 * {@code request-help.yaml}, so that whoever edits the dialog file also edits what {@code /requests} shows.
 */
final class NeedNames {

    static final String DIALOG_FILE = "request-help.yaml";
    private static final Logger log = LoggerFactory.getLogger(NeedNames.class);

    private final Map<String, Texts> byId;

    NeedNames(Map<String, Texts> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** Reads the options from the dialog file; without the file the option ids are shown as they are. */
    static NeedNames from(DialogFolder folder) {
        Optional<InputStream> file = folder.open(DIALOG_FILE);
        if (file.isEmpty()) {
            log.warn("No {} found: /requests will show need ids instead of their names", DIALOG_FILE);
            return new NeedNames(Map.of());
        }
        try (InputStream in = file.get()) {
            return new NeedNames(options(new ObjectMapper(new YAMLFactory()).readTree(in)));
        } catch (IOException e) {
            log.warn("Cannot read the needs of {}: /requests will show need ids", folder.describe(DIALOG_FILE), e);
            return new NeedNames(Map.of());
        }
    }

    String name(String needId, String language) {
        Texts text = byId.get(needId);
        return text == null ? needId : text.in(language);
    }

    private static Map<String, Texts> options(JsonNode dialog) {
        Map<String, Texts> names = new HashMap<>();
        for (JsonNode option : dialog.path("steps")
                .path(RequestAnswers.NEEDS)
                .path("multi_choice")
                .path("options")) {
            Map<String, String> byLanguage = new HashMap<>();
            for (String language : Texts.SUPPORTED_LANGUAGES) {
                byLanguage.put(
                        language, option.path(language).asText(option.path("id").asText()));
            }
            names.put(option.path("id").asText(), new Texts(byLanguage));
        }
        return names;
    }
}
