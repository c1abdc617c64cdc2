package org.wearetogether.dialog.internal.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import org.wearetogether.dialog.internal.definition.DialogDefinition;
import reactor.core.publisher.Mono;

/**
 * The compiled navigation of one dialog: where an event leads from a step, given the answers. Backed by a small
 * pool of Spring Statemachine machines (never one per person): a machine is reset to the conversation's step with
 * the answers in its extended state, gets one event, and the resulting state is read.
 */
final class DialogMachine {

    /** Terminal states; they cannot clash with step ids, which are snake_case. */
    static final String COMPLETED = "#completed";

    static final String CANCELLED = "#cancelled";
    static final String DECLINED = "#declined";
    static final String EXPIRED = "#expired";

    static final String ANSWERS = "answers";
    static final String TARGET = "target";

    private final Supplier<StateMachine<String, DialogEvent>> factory;
    private final BlockingQueue<StateMachine<String, DialogEvent>> pool;

    DialogMachine(DialogDefinition definition, int poolSize) {
        this.factory = () -> MachineCompiler.compile(definition);
        this.pool = new ArrayBlockingQueue<>(poolSize);
        pool.offer(started(factory.get())); // compile once at start-up, so a broken graph fails early
    }

    /** The state the event leads to from {@code step}; the same step when no transition applies. */
    String fire(String step, DialogEvent event, Map<String, Object> answers) {
        return fire(step, event, answers, null);
    }

    /** As {@link #fire(String, DialogEvent, Map)}, with the target of a BACK or EDIT. */
    String fire(String step, DialogEvent event, Map<String, Object> answers, String target) {
        StateMachine<String, DialogEvent> machine = pool.poll();
        if (machine == null) {
            machine = started(factory.get());
        }
        try {
            return run(machine, step, event, answers, target);
        } finally {
            pool.offer(machine); // dropped when the pool is full
        }
    }

    private static StateMachine<String, DialogEvent> started(StateMachine<String, DialogEvent> machine) {
        machine.startReactively().block();
        return machine;
    }

    private static String run(
            StateMachine<String, DialogEvent> machine,
            String step,
            DialogEvent event,
            Map<String, Object> answers,
            String target) {
        DefaultExtendedState extended = new DefaultExtendedState(new HashMap<>(4));
        extended.getVariables().put(ANSWERS, answers);
        if (target != null) {
            extended.getVariables().put(TARGET, target);
        }
        var context = new DefaultStateMachineContext<String, DialogEvent>(step, null, null, extended);
        machine.getStateMachineAccessor()
                .doWithAllRegions(
                        access -> access.resetStateMachineReactively(context).block());
        // A rejecting guard still reports ACCEPTED, so the resulting state is what counts.
        machine.sendEvent(Mono.just(MessageBuilder.withPayload(event).build())).blockLast();
        return machine.getState().getId();
    }
}
