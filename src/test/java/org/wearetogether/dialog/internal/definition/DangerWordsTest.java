package org.wearetogether.dialog.internal.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DataFileException;
import org.wearetogether.datafiles.DialogFolder;

/** Matching of the danger-word list, and the checks that stop a broken list at start. */
class DangerWordsTest {

    private static final DangerWords SHIPPED = DangerWordFile.load(new DialogFolder(Path.of("dialogs")));

    @Test
    void matchesWordFormsCaseAndYoWithoutCatchingHarmlessWords() {
        assertThat(SHIPPED.foundIn("Мама упала в ванной")).isTrue();
        assertThat(SHIPPED.foundIn("ПАПА УПАЛ")).isTrue();
        assertThat(SHIPPED.foundIn("Дедушка не дышит!")).isTrue();
        assertThat(SHIPPED.foundIn("он без сознания")).isTrue();
        assertThat(SHIPPED.foundIn("Он не встаёт с утра")).isTrue();
        assertThat(SHIPPED.foundIn("он не встает с утра")).as("е for ё").isTrue();
        assertThat(SHIPPED.foundIn("много крови")).isTrue();
        assertThat(SHIPPED.foundIn("She can’t breathe"))
                .as("a typographic apostrophe")
                .isTrue();
        assertThat(SHIPPED.foundIn("Suicidal thoughts")).isTrue();

        assertThat(SHIPPED.foundIn("Передвинуть кровать, купить хлеб")).isFalse();
        assertThat(SHIPPED.foundIn("не дошёл до аптеки, упаковка лекарств")).isFalse();
        assertThat(SHIPPED.foundIn("")).isFalse();
        assertThat(SHIPPED.foundIn(null)).isFalse();
    }

    @Test
    void urgentAnswersNeedEveryOptionOfACombination() {
        assertThat(SHIPPED.urgent(Map.of("needs", List.of("groceries", "medical_help"), "urgency", "today")))
                .isTrue();
        assertThat(SHIPPED.urgent(Map.of("needs", List.of("medical_help"), "urgency", "this_week")))
                .isFalse();
        assertThat(SHIPPED.urgent(Map.of("needs", List.of("medicines"), "urgency", "today")))
                .isFalse();
    }

    @Test
    void theShippedListCoversRussianAndEnglishForTheHelpRequestDialogs() {
        assertThat(SHIPPED.dialogs()).contains("request_help", "operator_call").doesNotContain("volunteer_signup");
    }

    @Test
    void aBrokenListStopsTheStartWithOneMessageNamingTheProblem() {
        assertBroken("format: 2\ndialogs: [a]\nwords: {ru: [x], en: [y]}", "\"format\" must be 1");
        assertBroken("format: 1\ndialogs: [a]\nwords: {ru: [упал*]}", "no list for \"en\"");
        assertBroken("format: 1\ndialogs: [a]\nwords: {ru: [у*], en: [fell]}", "shorter than 3 letters");
        assertBroken("format: 1\ndialogs: [a]\nwords: {ru: [\"у*пал\"], en: [fell]}", "a * may only end a word");
        assertBroken("format: 1\ndialogs: [a]\nwords: {ru: [Упал, упал], en: [fell]}", "repeats \"Упал\"");
        assertBroken("format: 1\ndialogs: [a]\nwords: {ru: [упал], en: [\"\"]}", "entry 1 must be a word");
        assertBroken("format: 1\nwords: {ru: [упал], en: [fell]}", "\"dialogs\" must list");
        assertBroken("format: 1\ndialogs: [a]\nwords: {ru: [упал], en: [fell]}\nextra: 1", "unknown field \"extra\"");
        assertBroken(
                "format: 1\ndialogs: [a]\nwords: {ru: [упал], en: [fell]}\nurgent_answers: [{}]", "urgent_answers");
        assertBroken("format: 1\nformat: 1", "not valid YAML");
    }

    private static void assertBroken(String yaml, String problem) {
        assertThatThrownBy(() -> DangerWordFile.read("test.yaml", yaml))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("Danger-word list test.yaml cannot be used: ")
                .hasMessageContaining(problem);
    }
}
