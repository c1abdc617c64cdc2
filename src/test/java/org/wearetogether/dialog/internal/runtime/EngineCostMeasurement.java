package org.wearetogether.dialog.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Turn;

/**
 * A rough, JMH-free measurement of the per-input cost and of the heap a conversation record takes. Not a test: run
 * it by hand ({@code java -cp target/test-classes:target/classes:<deps> ...EngineCostMeasurement}).
 */
final class EngineCostMeasurement {

    private EngineCostMeasurement() {}

    public static void main(String[] args) {
        DialogEngine engine = TestDialogs.engine(new TestDialogs.RecordingAction());
        Conversation atName = engine.start(
                        "test_help", TestDialogs.PERSON, "ru", Map.of("for_whom", "relative"), TestDialogs.NOW)
                .conversation();
        DialogInput name = new DialogInput.Text("Мария Ивановна");
        DialogInput invalid = new DialogInput.Text("1");
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            int n = 200_000;
            long sink = 0;
            for (int i = 0; i < n; i++) {
                Turn turn = engine.handle(atName, TestDialogs.PERSON, i % 4 == 0 ? invalid : name, TestDialogs.NOW);
                sink += turn.replies().size();
            }
            double micros = (System.nanoTime() - start) / 1000.0 / n;
            System.out.printf(
                    "round %d: %.1f µs per input (one thread, 3 of 4 inputs move a step) %d%n", round, micros, sink);
        }
        measureHeap(engine, atName);
    }

    private static void measureHeap(DialogEngine engine, Conversation atName) {
        // A conversation halfway through: six answers, as a cache would hold it.
        Conversation c = atName;
        for (String text : List.of("Мария Ивановна", "82")) {
            c = engine.handle(c, TestDialogs.PERSON, new DialogInput.Text(text), TestDialogs.NOW)
                    .conversation();
        }
        int n = 100_000;
        List<Conversation> kept = new ArrayList<>(n);
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            Conversation copy = engine.handle(c, TestDialogs.PERSON, new DialogInput.Text("моск"), TestDialogs.NOW)
                    .conversation();
            kept.add(copy);
        }
        long after = usedAfterGc();
        System.out.printf("heap per conversation record: %d bytes (%d kept)%n", (after - before) / n, kept.size());
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
