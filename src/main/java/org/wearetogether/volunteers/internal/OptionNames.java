package org.wearetogether.volunteers.internal;

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
 * The words for the skill and availability ids from {@code volunteer-signup.yaml}, so profiles and cards use the
 * dialog's own words; an unknown id is shown as it is.
 */
final class OptionNames {

    private static final Logger log = LoggerFactory.getLogger(OptionNames.class);
    private static final String FILE = "volunteer-signup.yaml";

    private final Map<String, Texts> byStepAndId;

    OptionNames(Map<String, Texts> byStepAndId) {
        this.byStepAndId = Map.copyOf(byStepAndId);
    }

    static OptionNames from(DialogFolder folder) {
        Optional<InputStream> file = folder.open(FILE);
        if (file.isEmpty()) {
            return new OptionNames(Map.of());
        }
        try (InputStream in = file.get()) {
            JsonNode steps = new ObjectMapper(new YAMLFactory()).readTree(in).path("steps");
            Map<String, Texts> names = new HashMap<>();
            steps.fieldNames().forEachRemaining(step -> {
                for (JsonNode option : steps.path(step).path("multi_choice").path("options")) {
                    String id = option.path("id").asText();
                    names.put(
                            step + "/" + id,
                            Texts.of(
                                    option.path("ru").asText(id),
                                    option.path("en").asText(id)));
                }
            });
            return new OptionNames(names);
        } catch (IOException e) {
            log.warn("Cannot read the options of {}: profiles show option ids", FILE, e);
            return new OptionNames(Map.of());
        }
    }

    String name(String step, String id, String language) {
        Texts text = byStepAndId.get(step + "/" + id);
        return text == null ? id : text.in(language);
    }

    /** Both languages, for the coordinators' cards: {@code Свой автомобиль / Own car}. */
    String bothLanguages(String step, String id) {
        Texts text = byStepAndId.get(step + "/" + id);
        return text == null ? id : text.in("ru") + " / " + text.in("en");
    }
}
