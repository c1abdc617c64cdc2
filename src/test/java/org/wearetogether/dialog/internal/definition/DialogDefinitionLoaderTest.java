package org.wearetogether.dialog.internal.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.internal.definition.StepKind.Option;
import tools.jackson.databind.node.StringNode;

class DialogDefinitionLoaderTest {

    private static final KnownNames KNOWN = new KnownNames(Set.of("submit_help_request"), Set.of("person_name"));
    private static final DialogFolder FOLDER = new DialogFolder(Path.of("src/test/resources/dialogs-example"));
    private static final DialogDefinition DIALOG = new DialogDefinitionLoader(FOLDER, KNOWN).load("every-kind.yaml");

    @Test
    void readsTheDialogHeaderWithDefaultDurations() {
        assertThat(DIALOG.id()).isEqualTo("every_kind");
        assertThat(DIALOG.version()).isEqualTo(3);
        assertThat(DIALOG.title()).isEqualTo(Texts.of("Все виды шагов", "Every kind of step"));
        assertThat(DIALOG.start()).isEqualTo("for_whom");
        assertThat(DIALOG.reminderAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(DIALOG.expireAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(DIALOG.onComplete()).isEqualTo("submit_help_request");
        assertThat(DIALOG.completed())
                .isEqualTo(Texts.of("Спасибо, {beneficiary_name}!", "Thank you, {beneficiary_name}!"));
        assertThat(DIALOG.sourceName()).endsWith("every-kind.yaml");
    }

    @Test
    void keepsTheStepsInFileOrder() {
        assertThat(DIALOG.steps().keySet())
                .containsExactly(
                        "for_whom",
                        "beneficiary_name",
                        "needs",
                        "hours",
                        "visit_date",
                        "beneficiary_phone",
                        "requester_phone",
                        "address",
                        "region",
                        "consent",
                        "summary");
    }

    @Test
    void readsAChoiceStep() {
        assertThat(DIALOG.step("for_whom"))
                .isEqualTo(new StepDefinition(
                        "for_whom",
                        Texts.of("Кому нужна помощь?", "Who needs help?"),
                        Texts.of("Кому", "For whom"),
                        null,
                        null,
                        new StepKind.SingleChoice(List.of(
                                new Option("me", Texts.of("Мне", "Me")),
                                new Option(
                                        "relative", Texts.of("Родственнику или соседу", "A relative or neighbour")))),
                        "beneficiary_name",
                        false));
    }

    @Test
    void readsAFreeTextStepWithHintPatternAndValidators() {
        StepDefinition step = DIALOG.step("beneficiary_name");
        assertThat(step.hint()).isEqualTo(Texts.of("Напишите имя буквами.", "Please type the name in letters."));
        assertThat(step.kind()).isEqualTo(new StepKind.FreeText(2, 80, "[^0-9]+", List.of("person_name")));
    }

    @Test
    void readsEveryOtherKindWithItsDefaults() {
        assertThat(DIALOG.step("needs").kind())
                .isEqualTo(new StepKind.MultipleChoice(
                        List.of(
                                new Option("groceries", Texts.of("Продукты", "Groceries")),
                                new Option("medicines", Texts.of("Лекарства", "Medicines"))),
                        1,
                        2));
        assertThat(DIALOG.step("hours").kind()).isEqualTo(new StepKind.Number(1, 80, true));
        assertThat(DIALOG.step("hours").optional()).isTrue();
        assertThat(DIALOG.step("visit_date").kind()).isEqualTo(new StepKind.Date(0, 60));
        assertThat(DIALOG.step("address").kind()).isEqualTo(new StepKind.Address(5, 300, true));
        assertThat(DIALOG.step("region").kind()).isEqualTo(new StepKind.Region(List.of("RU-MOW", "RU-SPE")));
        assertThat(DIALOG.step("consent").kind())
                .isEqualTo(new StepKind.Consent(
                        "2026-11-25",
                        Texts.of("Согласен", "I agree"),
                        Texts.of("Нет", "No"),
                        Texts.of("Хорошо, ничего не сохранено.", "All right, nothing was kept.")));
        assertThat(DIALOG.step("summary").kind()).isEqualTo(new StepKind.Summary(Texts.of("Отправить", "Send")));
        assertThat(DIALOG.step("summary").next()).isNull();
        assertThat(DIALOG.step("consent").next()).isEqualTo("summary");
    }

    @Test
    void readsPhoneStepsWithTheirContactButtonConditions() {
        assertThat(DIALOG.step("beneficiary_phone").kind())
                .isEqualTo(new StepKind.Phone("RU", new Condition(Map.of("for_whom", List.of("me")), false)));
        assertThat(DIALOG.step("requester_phone").kind())
                .isEqualTo(new StepKind.Phone("KZ", new Condition(Map.of(), false)));
    }

    @Test
    void readsWhenAndUnlessAsConditions() {
        Condition when = DIALOG.step("requester_phone").when();
        Condition unless = DIALOG.step("address").when();

        assertThat(when).isEqualTo(new Condition(Map.of("for_whom", List.of("relative")), false));
        assertThat(unless).isEqualTo(new Condition(Map.of("needs", List.of("medicines")), true));
        assertThat(when.holdsFor(Map.of("for_whom", "relative"))).isTrue();
        assertThat(unless.holdsFor(Map.of("needs", List.of("groceries", "medicines"))))
                .isFalse();
        assertThat(DIALOG.step("for_whom").when()).isNull();
    }

    @Test
    void loadsAllDialogsButSkipsTheCatalogues() {
        DialogDefinitions all = new DialogDefinitionLoader(FOLDER, ShippedDialogsTest.KNOWN).loadAll();

        assertThat(all.byId()).containsKey("every_kind").doesNotContainKey("regions");
    }

    @Test
    void refusesAFileThatIsNotThere() {
        assertThatThrownBy(() -> new DialogDefinitionLoader(FOLDER, KNOWN).load("missing.yaml"))
                .isInstanceOf(DialogFileException.class)
                .hasMessage("missing.yaml: not found");
    }

    @ParameterizedTest
    @CsvSource({"45s, PT45S", "30m, PT30M", "24h, PT24H", "2d, PT48H"})
    void readsDurationsInEveryUnit(String text, Duration expected) {
        assertThat(DefinitionMapper.duration(StringNode.valueOf(text), Duration.ZERO))
                .isEqualTo(expected);
    }
}
