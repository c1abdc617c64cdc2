package org.wearetogether.dialog.internal.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.internal.definition.StepKind;

/** The default hints of the step kinds, with the step's own limits filled in. */
final class Hints {

    private Hints() {}

    static Texts freeText(StepKind.FreeText kind) {
        return kind.pattern() == null
                        && (kind.validators() == null || kind.validators().isEmpty())
                ? both(EngineTexts.HINT_LENGTH, Math.max(1, kind.min()), kind.max())
                : EngineTexts.HINT_TEXT;
    }

    static Texts number(StepKind.Number kind) {
        return both(EngineTexts.HINT_NUMBER, plain(kind.min()), plain(kind.max()));
    }

    static Texts date(StepKind.Date kind, LocalDate today) {
        return both(
                EngineTexts.HINT_DATE,
                today.plusDays(Math.max(0, kind.minDaysFromToday())).format(TypedAnswers.DISPLAY_DATE),
                today.plusDays(kind.minDaysFromToday()).format(TypedAnswers.DISPLAY_DATE),
                today.plusDays(kind.maxDaysFromToday()).format(TypedAnswers.DISPLAY_DATE));
    }

    static Texts multi(StepKind.MultipleChoice kind) {
        return both(EngineTexts.HINT_MULTI, Math.max(1, kind.min()), kind.max());
    }

    static Texts address(StepKind.Address kind) {
        return both(EngineTexts.HINT_ADDRESS, Math.max(1, kind.min()), kind.max());
    }

    private static Texts both(Texts pattern, Object... args) {
        return Texts.of(String.format(pattern.in("ru"), args), String.format(pattern.in("en"), args));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
