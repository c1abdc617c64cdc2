package org.wearetogether.dialog.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DialogMachineTest {

    private final DialogMachine machine = new DialogMachine(TestDialogs.help(), 2);

    @Test
    void answeredSkipsAConditionalStepWhoseGuardRejects() {
        assertThat(machine.fire("address", DialogEvent.ANSWERED, Map.of("for_whom", "me")))
                .isEqualTo("details");
        assertThat(machine.fire("address", DialogEvent.ANSWERED, Map.of("for_whom", "relative")))
                .isEqualTo("requester_name");
    }

    @Test
    void backAndEditJumpToTheirTarget() {
        assertThat(machine.fire("region", DialogEvent.BACK, Map.of(), "phone")).isEqualTo("phone");
        assertThat(machine.fire("summary", DialogEvent.EDIT, Map.of(), "needs")).isEqualTo("needs");
    }

    @Test
    void terminalEventsReachTerminalStates() {
        assertThat(machine.fire("summary", DialogEvent.SUBMIT, Map.of())).isEqualTo(DialogMachine.COMPLETED);
        assertThat(machine.fire("consent", DialogEvent.DECLINED, Map.of())).isEqualTo(DialogMachine.DECLINED);
        assertThat(machine.fire("name", DialogEvent.CANCEL, Map.of())).isEqualTo(DialogMachine.CANCELLED);
        assertThat(machine.fire("name", DialogEvent.TIMED_OUT, Map.of())).isEqualTo(DialogMachine.EXPIRED);
        assertThat(machine.fire("name", DialogEvent.RESTART, Map.of())).isEqualTo("for_whom");
    }

    @Test
    void anEventWithoutTransitionLeavesTheStep() {
        assertThat(machine.fire("name", DialogEvent.SUBMIT, Map.of())).isEqualTo("name");
    }

    @Test
    void nextEndLeadsToCompletion() {
        var quick = new DialogMachine(TestDialogs.quick(), 1);
        assertThat(quick.fire("wish", DialogEvent.ANSWERED, Map.of())).isEqualTo(DialogMachine.COMPLETED);
    }

    @Test
    void pooledMachinesServeManyConversationsInTurn() {
        for (int i = 0; i < 20; i++) {
            String forWhom = List.of("me", "relative").get(i % 2);
            String expected = i % 2 == 0 ? "details" : "requester_name";
            assertThat(machine.fire("address", DialogEvent.ANSWERED, Map.of("for_whom", forWhom)))
                    .isEqualTo(expected);
        }
    }
}
