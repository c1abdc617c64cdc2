package org.wearetogether.dialog.internal.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks what each step refers to: validators, conditions on earlier answers, option ids and bounds. */
final class StepChecks {

    private final DialogDefinition dialog;
    private final FlowChecks flow;
    private final KnownNames known;
    private final List<Problem> problems = new ArrayList<>();

    private StepChecks(DialogDefinition dialog, FlowChecks flow, KnownNames known) {
        this.dialog = dialog;
        this.flow = flow;
        this.known = known;
    }

    static List<Problem> of(DialogDefinition dialog, FlowChecks flow, KnownNames known) {
        StepChecks checks = new StepChecks(dialog, flow, known);
        dialog.steps().values().forEach(checks::check);
        return checks.problems;
    }

    private void check(StepDefinition step) {
        if (step.when() != null) {
            checkCondition(step, step.when(), step.when().negate() ? "unless" : "when");
        }
        StepKind kind = step.kind();
        if (step.voice() && !(kind instanceof StepKind.FreeText plain && plain.pattern() == null)) {
            problems.add(Problem.ofStep(
                    step.id(), "voice: true is allowed only on a text step without a pattern (details, comments)"));
        }
        if (kind instanceof StepKind.FreeText text) {
            checkText(step, text);
        } else if (kind instanceof StepKind.Number number) {
            checkBounds(step, number.min(), number.max(), "min", "max");
        } else if (kind instanceof StepKind.Date date) {
            checkBounds(step, date.minDaysFromToday(), date.maxDaysFromToday(), "min_days", "max_days");
        } else if (kind instanceof StepKind.SingleChoice choice) {
            checkOptions(step, choice.options());
        } else if (kind instanceof StepKind.MultipleChoice multi) {
            checkMultipleChoice(step, multi);
        } else if (kind instanceof StepKind.Phone phone && phone.offerOwnContact() != null) {
            checkCondition(step, phone.offerOwnContact(), "own_contact_button");
        } else if (kind instanceof StepKind.Address address) {
            checkBounds(step, address.min(), address.max(), "min", "max");
        }
        // Region suggestions are checked against the catalogue by the runtime; consent and summary refer to nothing.
    }

    private void checkText(StepDefinition step, StepKind.FreeText text) {
        checkBounds(step, text.min(), text.max(), "min", "max");
        if (text.pattern() != null) {
            try {
                Pattern.compile(text.pattern());
            } catch (PatternSyntaxException e) {
                problems.add(
                        Problem.ofStep(step.id(), "pattern is not a valid regular expression: " + e.getDescription()));
            }
        }
        for (String validator : text.validators()) {
            if (!known.validators().contains(validator)) {
                problems.add(Problem.ofStep(
                        step.id(), "unknown validator '" + validator + "' (known: " + known.listOfValidators() + ")"));
            }
        }
    }

    private void checkMultipleChoice(StepDefinition step, StepKind.MultipleChoice multi) {
        checkOptions(step, multi.options());
        checkBounds(step, multi.min(), multi.max(), "min", "max");
        if (multi.max() > multi.options().size()) {
            problems.add(Problem.ofStep(
                    step.id(),
                    "max " + multi.max() + " is more than the "
                            + multi.options().size() + " options"));
        }
    }

    private void checkBounds(StepDefinition step, double min, double max, String minName, String maxName) {
        if (min > max) {
            problems.add(Problem.ofStep(
                    step.id(), minName + " " + number(min) + " is more than " + maxName + " " + number(max)));
        }
    }

    private void checkOptions(StepDefinition step, List<StepKind.Option> options) {
        Set<String> seen = new HashSet<>();
        for (StepKind.Option option : options) {
            if (!seen.add(option.id())) {
                problems.add(Problem.ofStep(step.id(), "option id '" + option.id() + "' is used twice"));
            }
        }
    }

    private void checkCondition(StepDefinition step, Condition condition, String key) {
        for (Map.Entry<String, List<String>> entry : condition.anyOf().entrySet()) {
            String target = entry.getKey();
            StepDefinition earlier = dialog.steps().get(target);
            if (earlier == null) {
                problems.add(Problem.ofStep(step.id(), key + " refers to step '" + target + "', which does not exist"));
            } else if (optionIds(earlier) == null) {
                problems.add(
                        Problem.ofStep(step.id(), key + " refers to step '" + target + "', which is not a choice"));
            } else if (flow.isReached(step.id()) && !flow.comesBefore(target, step.id())) {
                problems.add(Problem.ofStep(
                        step.id(), key + " refers to step '" + target + "', which does not come before this step"));
            } else {
                entry.getValue().stream()
                        .filter(value -> !optionIds(earlier).contains(value))
                        .forEach(value -> problems.add(Problem.ofStep(
                                step.id(),
                                key + " expects option '" + value + "' of step '" + target
                                        + "', which has no such option")));
            }
        }
    }

    private static Set<String> optionIds(StepDefinition step) {
        List<StepKind.Option> options = null;
        if (step.kind() instanceof StepKind.SingleChoice choice) {
            options = choice.options();
        } else if (step.kind() instanceof StepKind.MultipleChoice multi) {
            options = multi.options();
        }
        return options == null
                ? null
                : options.stream().map(StepKind.Option::id).collect(java.util.stream.Collectors.toSet());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
