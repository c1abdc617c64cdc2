package org.wearetogether.dialog.internal.runtime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wearetogether.dialog.PhoneNumbers;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.StepDefinition;
import org.wearetogether.dialog.internal.definition.StepKind;
import org.wearetogether.regions.RegionCatalogue;

/** Answers as people read them (option text, region name, formatted phone), also inside {@code {step_id}} texts. */
final class AnswerDisplay {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private final RegionCatalogue regions;

    AnswerDisplay(RegionCatalogue regions) {
        this.regions = regions;
    }

    /** Replaces each {@code {step_id}} by the display value of its answer (empty when not answered). */
    String fill(String text, DialogDefinition dialog, Map<String, Object> answers, String language) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder(text.length() + 32);
        while (matcher.find()) {
            StepDefinition step = dialog.steps().get(matcher.group(1));
            Object answer = step == null ? null : answers.get(step.id());
            String value = step == null ? matcher.group() : answer == null ? "" : value(step, answer, language);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    String value(StepDefinition step, Object answer, String language) {
        var voice = VoiceNote.in(answer);
        if (voice.isPresent()) {
            return voice.get().display(language);
        }
        StepKind kind = step.kind();
        String text = String.valueOf(answer);
        if (kind instanceof StepKind.SingleChoice choice) {
            return optionText(choice.options(), text, language);
        } else if (kind instanceof StepKind.MultipleChoice multi && answer instanceof List<?> chosen) {
            return chosen.stream()
                    .map(id -> optionText(multi.options(), String.valueOf(id), language))
                    .collect(Collectors.joining(", "));
        } else if (kind instanceof StepKind.Phone) {
            return PhoneNumbers.display(text);
        } else if (kind instanceof StepKind.Region) {
            return regions.byCode(text).map(r -> r.name(language)).orElse(text);
        } else if (kind instanceof StepKind.Address) {
            return location(text, language);
        } else if (kind instanceof StepKind.Date) {
            return date(text);
        } else if (kind instanceof StepKind.Consent consent) {
            return consent.accept().in(language);
        }
        return text;
    }

    private static String optionText(List<StepKind.Option> options, String id, String language) {
        return options.stream()
                .filter(o -> o.id().equals(id))
                .map(o -> o.text().in(language))
                .findFirst()
                .orElse(id);
    }

    private static String location(String answer, String language) {
        if (!answer.startsWith("geo:")) {
            return answer;
        }
        String where = "en".equals(language) ? "location " : "местоположение ";
        return "📍 " + where + answer.substring(4).replace(",", ", ");
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(TypedAnswers.DISPLAY_DATE);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
