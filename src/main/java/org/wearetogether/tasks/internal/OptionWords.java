package org.wearetogether.tasks.internal;

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
 * The words for option ids of the dialogs (a request's needs and urgency, a volunteer's skills), read from the dialog
 * files so that tasks use the dialogs' own words; an id no file names is shown as it is.
 */
final class OptionWords {

    private static final Logger log = LoggerFactory.getLogger(OptionWords.class);

    private final Map<String, Texts> byStepAndId;

    OptionWords(Map<String, Texts> byStepAndId) {
        this.byStepAndId = Map.copyOf(byStepAndId);
    }

    static OptionWords from(DialogFolder folder, String... files) {
        Map<String, Texts> names = new HashMap<>();
        for (String name : files) {
            Optional<InputStream> file = folder.open(name);
            if (file.isEmpty()) {
                continue;
            }
            try (InputStream in = file.get()) {
                JsonNode steps =
                        new ObjectMapper(new YAMLFactory()).readTree(in).path("steps");
                steps.fieldNames().forEachRemaining(step -> {
                    JsonNode node = steps.path(step);
                    read(step, node.path("choice"), names);
                    read(step, node.path("multi_choice").path("options"), names);
                });
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot read the options of {}: tasks show option ids", name, e);
            }
        }
        return new OptionWords(names);
    }

    private static void read(String step, JsonNode options, Map<String, Texts> names) {
        for (JsonNode option : options) {
            String id = option.path("id").asText();
            names.put(
                    step + "/" + id,
                    Texts.of(option.path("ru").asText(id), option.path("en").asText(id)));
        }
    }

    String name(String step, String id, String language) {
        if (id == null) {
            return "—";
        }
        Texts text = byStepAndId.get(step + "/" + id);
        return text == null ? id.replace('_', ' ') : text.in(language);
    }
}
