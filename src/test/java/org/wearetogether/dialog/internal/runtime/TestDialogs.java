package org.wearetogether.dialog.internal.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wearetogether.dialog.AnswerValidator;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.internal.definition.Condition;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.DialogDefinitions;
import org.wearetogether.dialog.internal.definition.StepDefinition;
import org.wearetogether.dialog.internal.definition.StepKind;

/** Fixture dialogs built as records, covering every step kind, and the engine around them. */
final class TestDialogs {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Person PERSON = new Person("telegram", "100", "100", "Anna", "anna");

    private TestDialogs() {}

    /** The help dialog: every kind of step, a conditional step, an optional step, consent and a summary. */
    static DialogDefinition help() {
        Map<String, StepDefinition> steps = new LinkedHashMap<>();
        add(
                steps,
                step(
                        "for_whom",
                        "Кому нужна помощь?",
                        "Who needs help?",
                        "For whom",
                        new StepKind.SingleChoice(
                                List.of(option("me", "Мне", "Me"), option("relative", "Родственнику", "A relative"))),
                        "name"));
        add(
                steps,
                new StepDefinition(
                        "name",
                        texts("Как зовут человека?", "What is the person's name?"),
                        texts("Имя", "Name"),
                        texts("Напишите имя буквами", "Please write the name in letters"),
                        null,
                        new StepKind.FreeText(2, 40, null, List.of("no_digits")),
                        "age",
                        false));
        add(
                steps,
                step("age", "Сколько лет?", "How old is {name}?", "Age", new StepKind.Number(1, 120, true), "needs"));
        add(
                steps,
                step(
                        "needs",
                        "Что нужно?",
                        "What is needed?",
                        "Needs",
                        new StepKind.MultipleChoice(
                                List.of(
                                        option("groceries", "Продукты", "Groceries"),
                                        option("medicines", "Лекарства", "Medicines"),
                                        option("transport", "Транспорт", "Transport")),
                                1,
                                2),
                        "visit_date"));
        add(steps, step("visit_date", "Когда?", "When?", "Date", new StepKind.Date(0, 60), "phone"));
        add(
                steps,
                step(
                        "phone",
                        "Телефон?",
                        "Phone?",
                        "Phone",
                        new StepKind.Phone("RU", new Condition(Map.of("for_whom", List.of("me")), false), true),
                        "region"));
        add(
                steps,
                step(
                        "region",
                        "Регион?",
                        "Region?",
                        "Region",
                        new StepKind.Region(List.of("RU-MOW", "RU-SPE")),
                        "address"));
        add(
                steps,
                step("address", "Адрес?", "Address?", "Address", new StepKind.Address(5, 300, true), "requester_name"));
        add(
                steps,
                new StepDefinition(
                        "requester_name",
                        texts("Ваше имя?", "Your name?"),
                        texts("Заявитель", "Requester"),
                        null,
                        new Condition(Map.of("for_whom", List.of("relative")), false),
                        new StepKind.FreeText(2, 40, null, List.of()),
                        "details",
                        false));
        add(
                steps,
                new StepDefinition(
                        "details",
                        texts("Подробности?", "Details?"),
                        texts("Подробности", "Details"),
                        null,
                        null,
                        new StepKind.FreeText(1, 500, null, null),
                        "consent",
                        true));
        add(
                steps,
                step(
                        "consent",
                        "{name}, согласны?",
                        "Do you agree, {name}?",
                        "Consent",
                        new StepKind.Consent(
                                "2026-11-25",
                                texts("Согласен", "I agree"),
                                texts("Не согласен", "I do not agree"),
                                texts("Ничего не сохранено.", "Nothing was kept.")),
                        "summary"));
        add(
                steps,
                new StepDefinition(
                        "summary",
                        texts("Проверьте:", "Please check:"),
                        null,
                        null,
                        null,
                        new StepKind.Summary(texts("Отправить", "Send")),
                        null,
                        false));
        return new DialogDefinition(
                "test_help",
                3,
                texts("Просьба", "Request"),
                "for_whom",
                Duration.ofMinutes(30),
                Duration.ofHours(24),
                "record",
                texts("Спасибо!", "Thank you!"),
                steps,
                "test-help.yaml");
    }

    /** A one-question dialog that completes without a summary ({@code next: end}). */
    static DialogDefinition quick() {
        Map<String, StepDefinition> steps = new LinkedHashMap<>();
        add(
                steps,
                step(
                        "wish",
                        "Пожелание?",
                        "Your wish?",
                        "Wish",
                        new StepKind.FreeText(1, 100, null, null),
                        StepDefinition.END));
        return new DialogDefinition(
                "quick",
                1,
                texts("Быстро", "Quick"),
                "wish",
                Duration.ofMinutes(5),
                Duration.ofHours(1),
                "record",
                null,
                steps,
                "quick.yaml");
    }

    static DialogEngine engine(RecordingAction action) {
        return EngineAssembly.assemble(
                definitions(help(), quick()),
                new FakeRegions(),
                new org.wearetogether.dialog.DialogSettings(java.nio.file.Path.of("dialogs"), 3, "8 800 200-34-11"),
                List.of(action),
                List.of(new NoDigits()),
                new org.wearetogether.dialog.internal.definition.DangerWords(java.util.Set.of(), List.of(), List.of()),
                CLOCK);
    }

    static DialogDefinitions definitions(DialogDefinition... dialogs) {
        Map<String, DialogDefinition> byId = new LinkedHashMap<>();
        for (DialogDefinition dialog : dialogs) {
            byId.put(dialog.id(), dialog);
        }
        return new DialogDefinitions(byId);
    }

    static Texts texts(String ru, String en) {
        return Texts.of(ru, en);
    }

    private static StepKind.Option option(String id, String ru, String en) {
        return new StepKind.Option(id, texts(ru, en));
    }

    private static StepDefinition step(String id, String ru, String en, String label, StepKind kind, String next) {
        return new StepDefinition(id, texts(ru, en), texts(label + " (ru)", label), null, null, kind, next, false);
    }

    private static void add(Map<String, StepDefinition> steps, StepDefinition step) {
        steps.put(step.id(), step);
    }

    /** A validator as a feature would contribute it. */
    static final class NoDigits implements AnswerValidator {
        @Override
        public String name() {
            return "no_digits";
        }

        @Override
        public Optional<Texts> problemWith(String text) {
            return text.chars().anyMatch(Character::isDigit)
                    ? Optional.of(texts("Без цифр, пожалуйста", "No digits, please"))
                    : Optional.empty();
        }
    }

    /** The completion action: records submissions, and fails while told to. */
    static final class RecordingAction implements DialogAction {
        final List<Submission> submissions = new ArrayList<>();
        boolean failing;

        @Override
        public String name() {
            return "record";
        }

        @Override
        public Result run(Submission submission) {
            if (failing) {
                throw new IllegalStateException("store down");
            }
            submissions.add(submission);
            return new Result("MOW-000001", List.of(Reply.Message.plain("Your number is MOW-000001")));
        }
    }
}
