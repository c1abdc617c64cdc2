package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Texts;

/** A light structural check of {@code dialogs/request-help.yaml}; the dialog loader validates it fully. */
class RequestHelpDialogFileTest {

    private static final DialogFolder FOLDER = new DialogFolder(Path.of("dialogs"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private final JsonNode dialog = read();

    @Test
    void isTheRequestHelpDialogInFormatOne() {
        assertThat(dialog.path("format").asInt()).isEqualTo(1);
        assertThat(dialog.path("id").asText()).isEqualTo("request_help");
        assertThat(dialog.path("start").asText()).isEqualTo("for_whom");
        assertThat(dialog.path("on_complete").asText()).isEqualTo(SubmittingHelpRequest.NAME);
        assertThat(dialog.path("reminder_after").asText()).isEqualTo("30m");
        assertThat(dialog.path("expire_after").asText()).isEqualTo("24h");
    }

    @Test
    void asksInTheHotlinesOrderWithTheStepIdsTheIntakeReads() {
        assertThat(stepIds())
                .containsExactly(
                        RequestAnswers.FOR_WHOM,
                        RequestAnswers.BENEFICIARY_NAME,
                        RequestAnswers.AGE_GROUP,
                        RequestAnswers.BENEFICIARY_PHONE,
                        RequestAnswers.REGION,
                        RequestAnswers.ADDRESS,
                        RequestAnswers.NEEDS,
                        RequestAnswers.URGENCY,
                        RequestAnswers.DETAILS,
                        RequestAnswers.REQUESTER_NAME,
                        RequestAnswers.REQUESTER_PHONE,
                        RequestAnswers.CONSENT,
                        RequestAnswers.CONSENT_FOR_RELATIVE,
                        "summary");
    }

    @Test
    void everyTextHasEverySupportedLanguage() {
        List<String> incomplete = new ArrayList<>();
        collectIncompleteTexts(dialog, "", incomplete);

        assertThat(incomplete).isEmpty();
        assertThat(dialog.path("steps")
                        .path(RequestAnswers.NEEDS)
                        .path("multi_choice")
                        .path("options"))
                .hasSize(8);
    }

    @Test
    void everyStepButTheSummaryHasAQuestionALabelAndAnExistingNextStep() {
        dialog.path("steps").properties().forEach(step -> {
            JsonNode body = step.getValue();
            assertThat(body.has("ask")).as(step.getKey()).isTrue();
            if (!body.has("summary")) {
                assertThat(body.has("label")).as(step.getKey()).isTrue();
                assertThat(stepIds())
                        .as(step.getKey())
                        .contains(body.path("next").asText());
            }
        });
    }

    @Test
    void placeholdersAndConditionsNameExistingSteps() {
        Matcher placeholders = PLACEHOLDER.matcher(dialog.toString());
        while (placeholders.find()) {
            assertThat(stepIds()).contains(placeholders.group(1));
        }
        dialog.path("steps").properties().forEach(step -> {
            for (String condition : List.of("when", "unless")) {
                step.getValue()
                        .path(condition)
                        .fieldNames()
                        .forEachRemaining(id -> assertThat(stepIds()).contains(id));
            }
        });
    }

    @Test
    void namePatternTakesNamesAndRefusesDigits() {
        Pattern name = Pattern.compile(dialog.path("steps")
                .path(RequestAnswers.BENEFICIARY_NAME)
                .path("text")
                .path("pattern")
                .asText());

        assertThat(List.of("Мария Ивановна", "Anna-Maria", "O'Brien", "Пётр"))
                .allMatch(n -> name.matcher(n).matches());
        assertThat(List.of("123", "Анна2", "+79161234567"))
                .noneMatch(n -> name.matcher(n).matches());
    }

    @Test
    void optionIdsAreShortSnakeCase() {
        List<String> ids = dialog.findValuesAsText("id");

        assertThat(ids).isNotEmpty().allMatch(id -> id.matches("[a-z][a-z0-9_]*") && id.length() <= 24);
    }

    @Test
    void myRequestsNamesTheNeedsWithTheFilesWords() {
        NeedNames names = NeedNames.from(FOLDER);

        assertThat(names.name("medicines", "ru")).isEqualTo("Лекарства");
        assertThat(names.name("pet_care", "en")).isEqualTo("Pet care");
        assertThat(names.name("not_in_file", "en")).isEqualTo("not_in_file");
    }

    private List<String> stepIds() {
        List<String> ids = new ArrayList<>();
        dialog.path("steps").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    /** A text is an object with any supported language among its keys; it must then have all of them. */
    private static void collectIncompleteTexts(JsonNode node, String where, List<String> incomplete) {
        if (node.isObject()) {
            boolean isText = Texts.SUPPORTED_LANGUAGES.stream().anyMatch(node::has);
            boolean complete = Texts.SUPPORTED_LANGUAGES.stream()
                    .allMatch(language -> !node.path(language).asText().isBlank());
            if (isText && !complete) {
                incomplete.add(where);
            }
            node.properties().forEach(e -> collectIncompleteTexts(e.getValue(), where + "/" + e.getKey(), incomplete));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectIncompleteTexts(node.get(i), where + "[" + i + "]", incomplete);
            }
        }
    }

    private static JsonNode read() {
        try (InputStream in = FOLDER.open(NeedNames.DIALOG_FILE).orElseThrow()) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new AssertionError("request-help.yaml is not valid YAML", e);
        }
    }
}
