package org.wearetogether.dialog.internal.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.config.configurers.ChoiceTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.wearetogether.dialog.internal.definition.Condition;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import org.wearetogether.dialog.internal.definition.StepDefinition;
import org.wearetogether.dialog.internal.definition.StepKind;

/**
 * Turns a dialog definition into a Spring Statemachine: one state per step, terminal states, and choice states
 * whose guards skip the conditional steps ({@code when:}/{@code unless:}) that do not apply to the answers.
 */
final class MachineCompiler {

    private static final String START_CHOICE = "#start";
    private static final String JUMP_CHOICE = "#jump";

    private final DialogDefinition definition;
    private final Set<String> choices = new LinkedHashSet<>();

    private MachineCompiler(DialogDefinition definition) {
        this.definition = definition;
    }

    static StateMachine<String, DialogEvent> compile(DialogDefinition definition) {
        try {
            return new MachineCompiler(definition).build();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Cannot compile dialog " + definition.id() + " (" + definition.sourceName() + ")", e);
        }
    }

    private StateMachine<String, DialogEvent> build() throws Exception {
        StateMachineBuilder.Builder<String, DialogEvent> builder = StateMachineBuilder.builder();
        builder.configureConfiguration().withConfiguration().autoStartup(false);
        StateMachineTransitionConfigurer<String, DialogEvent> transitions = builder.configureTransitions();
        for (StepDefinition step : definition.steps().values()) {
            stepTransitions(transitions, step);
        }
        jumpChoice(transitions);
        var states = builder.configureStates().withStates().initial(definition.start());
        Set<String> all = new LinkedHashSet<>(definition.steps().keySet());
        all.addAll(List.of(DialogMachine.COMPLETED, DialogMachine.CANCELLED, DialogMachine.DECLINED));
        all.add(DialogMachine.EXPIRED);
        states.states(all);
        for (String choice : choices) {
            states.choice(choice);
        }
        return builder.build();
    }

    private void stepTransitions(StateMachineTransitionConfigurer<String, DialogEvent> transitions, StepDefinition step)
            throws Exception {
        String id = step.id();
        if (step.kind() instanceof StepKind.Summary) {
            external(transitions, id, DialogMachine.COMPLETED, DialogEvent.SUBMIT);
        } else {
            external(transitions, id, chain(transitions, "#after:" + id, step.next()), DialogEvent.ANSWERED);
        }
        if (step.kind() instanceof StepKind.Consent) {
            external(transitions, id, DialogMachine.DECLINED, DialogEvent.DECLINED);
        }
        external(transitions, id, DialogMachine.CANCELLED, DialogEvent.CANCEL);
        external(transitions, id, DialogMachine.EXPIRED, DialogEvent.TIMED_OUT);
        external(transitions, id, chain(transitions, START_CHOICE, definition.start()), DialogEvent.RESTART);
        external(transitions, id, JUMP_CHOICE, DialogEvent.BACK);
        external(transitions, id, JUMP_CHOICE, DialogEvent.EDIT);
    }

    /**
     * The state reached when going to {@code first}: that step itself when it always applies, else a choice that
     * tries each conditional step in turn and falls through to the first step without a condition.
     */
    private String chain(StateMachineTransitionConfigurer<String, DialogEvent> transitions, String choice, String first)
            throws Exception {
        List<StepDefinition> conditional = new ArrayList<>();
        String target = first;
        while (!StepDefinition.END.equals(target) && definition.step(target).when() != null) {
            StepDefinition step = definition.step(target);
            conditional.add(step);
            target = step.next() == null ? StepDefinition.END : step.next();
        }
        String last = StepDefinition.END.equals(target) ? DialogMachine.COMPLETED : target;
        if (conditional.isEmpty() || choices.contains(choice)) {
            return conditional.isEmpty() ? last : choice;
        }
        choices.add(choice);
        ChoiceTransitionConfigurer<String, DialogEvent> branches =
                transitions.withChoice().source(choice).first(conditional.get(0).id(), when(conditional.get(0)));
        for (StepDefinition step : conditional.subList(1, conditional.size())) {
            branches.then(step.id(), when(step));
        }
        branches.last(last);
        return choice;
    }

    private void jumpChoice(StateMachineTransitionConfigurer<String, DialogEvent> transitions) throws Exception {
        choices.add(JUMP_CHOICE);
        List<String> steps = new ArrayList<>(definition.steps().keySet());
        ChoiceTransitionConfigurer<String, DialogEvent> branches =
                transitions.withChoice().source(JUMP_CHOICE).first(steps.get(0), targetIs(steps.get(0)));
        for (String step : steps.subList(1, steps.size())) {
            branches.then(step, targetIs(step));
        }
        branches.last(definition.start()); // only for a target that is no step, which the engine never sends
    }

    private static void external(
            StateMachineTransitionConfigurer<String, DialogEvent> transitions,
            String source,
            String target,
            DialogEvent event)
            throws Exception {
        transitions.withExternal().source(source).target(target).event(event);
    }

    @SuppressWarnings("unchecked")
    private static Guard<String, DialogEvent> when(StepDefinition step) {
        Condition condition = step.when();
        return context -> condition.holdsFor(
                (Map<String, Object>) context.getExtendedState().getVariables().get(DialogMachine.ANSWERS));
    }

    private static Guard<String, DialogEvent> targetIs(String step) {
        return context -> step.equals(context.getExtendedState().getVariables().get(DialogMachine.TARGET));
    }
}
