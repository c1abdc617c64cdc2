package org.wearetogether.dialog.internal.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wearetogether.dialog.Texts;

/**
 * Checks every user-facing text: present and not blank in each of {@link Texts#SUPPORTED_LANGUAGES}, and each
 * {@code {placeholder}} names a step of the dialog.
 */
final class TextChecks {

    /** Anything in braces is a placeholder; the runtime replaces {@code {step_id}} with that step's answer. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private static final Map<String, String> LANGUAGE_NAMES = Map.of("ru", "Russian", "en", "English");

    private final DialogDefinition dialog;
    private final List<Problem> problems = new ArrayList<>();

    private TextChecks(DialogDefinition dialog) {
        this.dialog = dialog;
    }

    static List<Problem> of(DialogDefinition dialog) {
        TextChecks checks = new TextChecks(dialog);
        checks.check(null, "title", dialog.title());
        checks.check(null, "completed", dialog.completed());
        for (StepDefinition step : dialog.steps().values()) {
            textsOf(step).forEach((where, texts) -> checks.check(step.id(), where, texts));
        }
        return checks.problems;
    }

    private static Map<String, Texts> textsOf(StepDefinition step) {
        Map<String, Texts> texts = new LinkedHashMap<>();
        texts.put("ask", step.ask());
        texts.put("label", step.label());
        texts.put("hint", step.hint());
        StepKind kind = step.kind();
        if (kind instanceof StepKind.SingleChoice choice) {
            choice.options().forEach(o -> texts.put("option '" + o.id() + "'", o.text()));
        } else if (kind instanceof StepKind.MultipleChoice multi) {
            multi.options().forEach(o -> texts.put("option '" + o.id() + "'", o.text()));
        } else if (kind instanceof StepKind.Consent consent) {
            texts.put("consent.accept", consent.accept());
            texts.put("consent.decline", consent.decline());
            texts.put("consent.declined", consent.declined());
        } else if (kind instanceof StepKind.Summary summary) {
            texts.put("summary.submit", summary.submit());
        }
        return texts;
    }

    private void check(String step, String where, Texts texts) {
        if (texts == null) {
            return;
        }
        for (String language : Texts.SUPPORTED_LANGUAGES) {
            String text = texts.byLanguage().get(language);
            if (text == null || text.isBlank()) {
                problems.add(new Problem(step, where + " has no " + languageName(language) + " text"));
            } else {
                checkPlaceholders(step, where, text);
            }
        }
    }

    private void checkPlaceholders(String step, String where, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!dialog.steps().containsKey(name)) {
                Problem problem = new Problem(
                        step, where + " uses the placeholder {" + name + "}, but there is no step '" + name + "'");
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
    }

    private static String languageName(String language) {
        return LANGUAGE_NAMES.getOrDefault(language, "'" + language + "'");
    }
}
