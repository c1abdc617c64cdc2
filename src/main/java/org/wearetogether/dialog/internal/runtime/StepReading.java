package org.wearetogether.dialog.internal.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.PhoneNumbers;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.StepDefinition;
import org.wearetogether.dialog.internal.definition.StepKind;
import org.wearetogether.regions.RegionCatalogue;

/** Reads what a typed text, a pressed button, a contact or a location means for one step, by its kind. */
final class StepReading {

    private final TypedAnswers typed;
    private final RegionCatalogue regions;

    StepReading(TypedAnswers typed, RegionCatalogue regions) {
        this.typed = typed;
        this.regions = regions;
    }

    Reading typed(StepDefinition step, String text, String language, LocalDate today) {
        String answer = text.strip();
        StepKind kind = step.kind();
        if (kind instanceof StepKind.FreeText freeText) {
            return freeText(step, freeText, answer, language);
        } else if (kind instanceof StepKind.Number number) {
            return accepted(TypedAnswers.number(number, answer), step, language, Hints.number(number));
        } else if (kind instanceof StepKind.Date date) {
            return accepted(TypedAnswers.date(date, answer, today), step, language, Hints.date(date, today));
        } else if (kind instanceof StepKind.SingleChoice choice) {
            return accepted(optionByLabel(choice.options(), answer), step, language, EngineTexts.HINT_CHOICE);
        } else if (kind instanceof StepKind.MultipleChoice multi) {
            return invalid(step, Hints.multi(multi), language);
        } else if (kind instanceof StepKind.Phone phone) {
            return accepted(PhoneNumbers.toE164(answer, phone.defaultRegion()), step, language, EngineTexts.HINT_PHONE);
        } else if (kind instanceof StepKind.Address address) {
            return address(step, address, answer, language);
        } else if (kind instanceof StepKind.Region) {
            return region(step, answer, language);
        } else if (kind instanceof StepKind.Consent consent) {
            return consentByLabel(step, consent, answer, language);
        }
        return invalid(step, EngineTexts.HINT_SUMMARY, language);
    }

    Reading pressed(
            DialogDefinition dialog,
            StepDefinition step,
            String payload,
            Map<String, Object> answers,
            String language) {
        StepKind kind = step.kind();
        if (kind instanceof StepKind.SingleChoice choice) {
            return option(choice.options(), payload)
                    .<Reading>map(Reading.Accepted::new)
                    .orElse(new Reading.Unknown());
        } else if (kind instanceof StepKind.MultipleChoice multi) {
            return multi(step, multi, payload, answers, language);
        } else if (kind instanceof StepKind.Region) {
            boolean known = payload.startsWith("g:")
                    && regions.byCode(payload.substring(2)).isPresent();
            return known ? new Reading.Accepted(payload.substring(2)) : new Reading.Unknown();
        } else if (kind instanceof StepKind.Consent consent) {
            return switch (payload) {
                case "a" -> new Reading.Accepted(consent.version());
                case "x" -> new Reading.Declined();
                default -> new Reading.Unknown();
            };
        } else if (kind instanceof StepKind.Summary) {
            return summary(dialog, payload, answers);
        }
        return new Reading.Unknown();
    }

    Reading contact(StepDefinition step, DialogInput.ContactShared contact, String language) {
        if (step.kind() instanceof StepKind.Phone kind) {
            if (kind.onlyOwnContact() && !contact.ownContact()) {
                return new Reading.Invalid(EngineTexts.NOT_OWN_CONTACT.in(language));
            }
            return accepted(
                    PhoneNumbers.toE164(contact.phoneNumber(), kind.defaultRegion()),
                    step,
                    language,
                    EngineTexts.HINT_PHONE);
        }
        return new Reading.Invalid(EngineTexts.UNSUPPORTED.in(language));
    }

    Reading location(StepDefinition step, double latitude, double longitude, String language) {
        boolean valid = Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
        if (step.kind() instanceof StepKind.Address kind && kind.allowLocation() && valid) {
            return new Reading.Accepted(String.format(Locale.ROOT, "geo:%.6f,%.6f", latitude, longitude));
        }
        return new Reading.Invalid(EngineTexts.UNSUPPORTED.in(language));
    }

    /** A validator's own message is more precise than the step's hint, so it wins. */
    private Reading freeText(StepDefinition step, StepKind.FreeText kind, String answer, String language) {
        if (!typed.fits(kind, answer) || VoiceNote.looksLikeVoice(answer)) {
            return invalid(step, Hints.freeText(kind), language);
        }
        return typed.validatorProblem(kind, answer)
                .<Reading>map(problem -> new Reading.Invalid(problem.in(language)))
                .orElse(new Reading.Accepted(answer));
    }

    private Reading address(StepDefinition step, StepKind.Address kind, String answer, String language) {
        int length = answer.codePointCount(0, answer.length());
        int min = Math.max(1, kind.min());
        return length >= min && length <= kind.max()
                ? new Reading.Accepted(answer)
                : invalid(step, Hints.address(kind), language);
    }

    private Reading region(StepDefinition step, String answer, String language) {
        if (answer.isEmpty() || answer.length() > 100) {
            return invalid(step, EngineTexts.HINT_REGION, language);
        }
        RegionCatalogue.RegionMatch match = regions.match(answer);
        if (match.certain().isPresent()) {
            return new Reading.Accepted(match.certain().get().code());
        }
        return match.candidates().isEmpty()
                ? invalid(step, EngineTexts.HINT_REGION, language)
                : new Reading.Candidates(match.candidates());
    }

    private static Reading consentByLabel(StepDefinition step, StepKind.Consent kind, String answer, String language) {
        if (answer.equalsIgnoreCase(kind.accept().in(language).strip())) {
            return new Reading.Accepted(kind.version());
        }
        if (answer.equalsIgnoreCase(kind.decline().in(language).strip())) {
            return new Reading.Declined();
        }
        return invalid(step, EngineTexts.HINT_CONSENT, language);
    }

    private static Reading multi(
            StepDefinition step,
            StepKind.MultipleChoice kind,
            String payload,
            Map<String, Object> answers,
            String language) {
        List<String> selection = answers.get(step.id()) instanceof List<?> chosen
                ? new ArrayList<>(chosen.stream().map(String::valueOf).toList())
                : new ArrayList<>();
        if ("done".equals(payload)) {
            return selection.size() >= Math.max(1, kind.min()) && selection.size() <= kind.max()
                    ? new Reading.Accepted(List.copyOf(selection))
                    : invalid(step, Hints.multi(kind), language);
        }
        Optional<String> option = option(kind.options(), payload);
        if (option.isEmpty()) {
            return new Reading.Unknown();
        }
        if (!selection.remove(option.get())) {
            if (selection.size() >= kind.max()) {
                return new Reading.TooMany(kind.max());
            }
            selection.add(option.get());
        }
        // Keep the file's order, so the summary reads the same however the person ticked.
        List<String> ordered = kind.options().stream()
                .map(StepKind.Option::id)
                .filter(selection::contains)
                .toList();
        return new Reading.Toggled(ordered);
    }

    private static Reading summary(DialogDefinition dialog, String payload, Map<String, Object> answers) {
        if ("sub".equals(payload)) {
            return new Reading.Submitted();
        }
        if (payload.startsWith("e:")) {
            List<String> steps = List.copyOf(dialog.steps().keySet());
            try {
                int index = Integer.parseInt(payload.substring(2));
                if (index >= 0 && index < steps.size() && answers.containsKey(steps.get(index))) {
                    return new Reading.Edit(steps.get(index));
                }
            } catch (NumberFormatException e) {
                return new Reading.Unknown();
            }
        }
        return new Reading.Unknown();
    }

    private static Optional<String> option(List<StepKind.Option> options, String payload) {
        if (!payload.startsWith("o:")) {
            return Optional.empty();
        }
        try {
            int index = Integer.parseInt(payload.substring(2));
            return index >= 0 && index < options.size()
                    ? Optional.of(options.get(index).id())
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> optionByLabel(List<StepKind.Option> options, String answer) {
        return options.stream()
                .filter(o -> o.text().byLanguage().values().stream()
                        .anyMatch(t -> t.strip().equalsIgnoreCase(answer)))
                .map(StepKind.Option::id)
                .findFirst();
    }

    private static Reading accepted(Optional<String> value, StepDefinition step, String language, Texts hint) {
        return value.<Reading>map(Reading.Accepted::new).orElseGet(() -> invalid(step, hint, language));
    }

    private static Reading invalid(StepDefinition step, Texts kindHint, String language) {
        return new Reading.Invalid(hint(step, kindHint, language));
    }

    /** The step's own hint wins over the kind's default. */
    static String hint(StepDefinition step, Texts kindHint, String language) {
        return step.hint() != null ? step.hint().in(language) : kindHint.in(language);
    }
}
