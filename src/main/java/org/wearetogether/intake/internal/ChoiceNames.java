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
 * The words for the single-choice answers of {@code request-help.yaml} (age group, urgency), so that {@code /mydata}
 * shows "65 or older" rather than {@code age_65_plus}; the ids are shown when the file cannot be read.
 */
final class ChoiceNames {

    private static final Logger log = LoggerFactory.getLogger(ChoiceNames.class);

    private final Map<String, Texts> byStepAndId;

    private ChoiceNames(Map<String, Texts> byStepAndId) {
        this.byStepAndId = Map.copyOf(byStepAndId);
    }

    static ChoiceNames from(DialogFolder folder) {
        Optional<InputStream> file = folder.open(NeedNames.DIALOG_FILE);
        if (file.isEmpty()) {
            return new ChoiceNames(Map.of());
        }
        try (InputStream in = file.get()) {
            JsonNode steps = new ObjectMapper(new YAMLFactory()).readTree(in).path("steps");
            Map<String, Texts> names = new HashMap<>();
            steps.properties().forEach(step -> {
                for (JsonNode option : step.getValue().path("choice")) {
                    Map<String, String> byLanguage = new HashMap<>();
                    for (String language : Texts.SUPPORTED_LANGUAGES) {
                        byLanguage.put(
                                language,
                                option.path(language).asText(option.path("id").asText()));
                    }
                    names.put(step.getKey() + "/" + option.path("id").asText(), new Texts(byLanguage));
                }
            });
            return new ChoiceNames(names);
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read the choices of {}: /mydata will show their ids", NeedNames.DIALOG_FILE, e);
            return new ChoiceNames(Map.of());
        }
    }

    /** The option's words in the language, or its id when unknown (or null for null). */
    String name(String step, String id, String language) {
        if (id == null) {
            return null;
        }
        Texts text = byStepAndId.get(step + "/" + id);
        return text == null ? id : text.in(language);
    }
}
