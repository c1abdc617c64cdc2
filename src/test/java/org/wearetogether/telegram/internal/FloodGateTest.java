package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wearetogether.telegram.TelegramSettings;
import org.wearetogether.telegram.internal.FloodGate.Verdict;

class FloodGateTest {

    @Test
    void passesTheLimitThenAsksOnceToSlowDownThenDropsUntilTheWindowHasPassed() throws Exception {
        FloodGate gate = new FloodGate(new TelegramSettings.Flood(3, Duration.ofMillis(300), 100));

        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            verdicts.add(gate.admit("telegram:1"));
        }
        Thread.sleep(350);
        verdicts.add(gate.admit("telegram:1"));
        for (int i = 0; i < 3; i++) {
            verdicts.add(gate.admit("telegram:1"));
        }

        assertThat(verdicts)
                .containsExactly(
                        Verdict.PASS,
                        Verdict.PASS,
                        Verdict.PASS,
                        Verdict.SLOW_DOWN,
                        Verdict.DROP,
                        Verdict.DROP,
                        Verdict.PASS,
                        Verdict.PASS,
                        Verdict.PASS,
                        Verdict.SLOW_DOWN);
    }

    @Test
    void eachChatHasItsOwnAllowance() {
        FloodGate gate = new FloodGate(new TelegramSettings.Flood(1, Duration.ofSeconds(10), 100));

        assertThat(gate.admit("telegram:1")).isEqualTo(Verdict.PASS);
        assertThat(gate.admit("telegram:1")).isEqualTo(Verdict.SLOW_DOWN);
        assertThat(gate.admit("telegram:2")).isEqualTo(Verdict.PASS);
    }
}
