package org.wearetogether.dialog.internal.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the flow of steps: the start and every {@code next} exist, every step is reached from the start, and
 * following {@code next} from any step reaches the summary or the end. Each step has one {@code next}, so the
 * reachable steps form one chain; its order tells which steps come before which.
 */
final class FlowChecks {

    private final DialogDefinition dialog;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> positionInChain = new HashMap<>();

    private FlowChecks(DialogDefinition dialog) {
        this.dialog = dialog;
    }

    static FlowChecks of(DialogDefinition dialog) {
        FlowChecks checks = new FlowChecks(dialog);
        checks.run();
        return checks;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Whether {@code earlier} is asked before {@code later} on the way from the start (false if either is never reached). */
    boolean comesBefore(String earlier, String later) {
        Integer first = positionInChain.get(earlier);
        Integer second = positionInChain.get(later);
        return first != null && second != null && first < second;
    }

    boolean isReached(String step) {
        return positionInChain.containsKey(step);
    }

    private void run() {
        checkReservedIds();
        checkTargets();
        checkSingleSummary();
        if (!dialog.steps().containsKey(dialog.start())) {
            problems.add(0, Problem.ofFile("start step '" + dialog.start() + "' does not exist"));
        } else {
            walkChainFromStart();
            checkReachability();
        }
        checkLoops();
    }

    // 'end' always means the end, even in a (refused) file that also has a step called 'end'.
    private boolean isStep(String id) {
        return id != null && !id.equals(StepDefinition.END) && dialog.steps().containsKey(id);
    }

    private void checkReservedIds() {
        if (dialog.steps().containsKey(StepDefinition.END)) {
            problems.add(
                    Problem.ofStep(StepDefinition.END, "'end' is reserved for 'next: end'; choose another step id"));
        }
    }

    private void checkTargets() {
        for (StepDefinition step : dialog.steps().values()) {
            if (step.next() != null
                    && !step.next().equals(StepDefinition.END)
                    && !dialog.steps().containsKey(step.next())) {
                problems.add(Problem.ofStep(step.id(), "next step '" + step.next() + "' does not exist"));
            }
        }
    }

    private void checkSingleSummary() {
        String first = null;
        for (StepDefinition step : dialog.steps().values()) {
            if (step.kind() instanceof StepKind.Summary) {
                if (first != null) {
                    problems.add(Problem.ofStep(
                            step.id(),
                            "a second summary step; a dialog has at most one (the first is '" + first + "')"));
                }
                first = first == null ? step.id() : first;
            }
        }
    }

    private void walkChainFromStart() {
        String current = dialog.start();
        while (isStep(current) && !positionInChain.containsKey(current)) {
            positionInChain.put(current, positionInChain.size());
            current = dialog.steps().get(current).next();
        }
    }

    private void checkReachability() {
        for (String step : dialog.steps().keySet()) {
            if (!positionInChain.containsKey(step)) {
                problems.add(Problem.ofStep(step, "is never reached from the start step '" + dialog.start() + "'"));
            }
        }
    }

    private void checkLoops() {
        Set<String> done = new HashSet<>();
        for (String from : dialog.steps().keySet()) {
            Set<String> path = new LinkedHashSet<>();
            String current = from;
            while (isStep(current) && !done.contains(current)) {
                if (!path.add(current)) {
                    String last = path.stream().reduce((a, b) -> b).orElseThrow();
                    problems.add(Problem.ofStep(
                            last,
                            "next step '" + current
                                    + "' leads back in a loop; the dialog would never reach the summary or the end"));
                    break;
                }
                current = dialog.steps().get(current).next();
            }
            done.addAll(path);
        }
    }
}
