package org.wearetogether.dialog.internal.runtime;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wearetogether.dialog.AnswerValidator;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.internal.definition.StepKind;

/** Checks typed answers: free text, numbers, dates and addresses. */
final class TypedAnswers {

    static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}))?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,12}([.,]\\d{1,6})?");

    private final Map<String, AnswerValidator> validators;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    TypedAnswers(Map<String, AnswerValidator> validators) {
        this.validators = validators;
    }

    /** Whether the text has the length and the shape the step asks for. */
    boolean fits(StepKind.FreeText kind, String text) {
        int length = text.codePointCount(0, text.length());
        if (length < Math.max(1, kind.min()) || length > kind.max()) {
            return false;
        }
        return kind.pattern() == null
                || patterns.computeIfAbsent(kind.pattern(), Pattern::compile)
                        .matcher(text)
                        .matches();
    }

    /** The first problem a named validator finds, else empty. */
    Optional<Texts> validatorProblem(StepKind.FreeText kind, String text) {
        if (kind.validators() == null) {
            return Optional.empty();
        }
        for (String name : kind.validators()) {
            AnswerValidator validator = validators.get(name);
            Optional<Texts> problem = validator == null ? Optional.empty() : validator.problemWith(text);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The canonical number ({@code 42}, {@code 2.5}) when valid. */
    static Optional<String> number(StepKind.Number kind, String text) {
        String compact = text.replace("\u00a0", "").replace(" ", "").strip();
        if (!NUMBER.matcher(compact).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(compact.replace(',', '.'));
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if ((kind.integer() && !whole)
                || value.compareTo(BigDecimal.valueOf(kind.min())) < 0
                || value.compareTo(BigDecimal.valueOf(kind.max())) > 0) {
            return Optional.empty();
        }
        return Optional.of(value.stripTrailingZeros().toPlainString());
    }

    /** The ISO date ({@code 2026-11-25}) when valid and within the step's range of days from today. */
    static Optional<String> date(StepKind.Date kind, String text, LocalDate today) {
        Optional<LocalDate> date = parseDate(text.strip(), today);
        return date.filter(d -> !d.isBefore(today.plusDays(kind.minDaysFromToday()))
                        && !d.isAfter(today.plusDays(kind.maxDaysFromToday())))
                .map(LocalDate::toString);
    }

    private static Optional<LocalDate> parseDate(String text, LocalDate today) {
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (!dmy.matches()) {
                return Optional.empty();
            }
            if (dmy.group(3) != null) {
                return Optional.of(LocalDate.of(num(dmy, 3), num(dmy, 2), num(dmy, 1)));
            }
            LocalDate thisYear = LocalDate.of(today.getYear(), num(dmy, 2), num(dmy, 1));
            // "25.01" typed in December means next January.
            return Optional.of(thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
