package org.wearetogether.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpdateLedgerTest {

    private final UpdateLedger ledger = new UpdateLedger();

    @Test
    void confirmsNothingBeforeTheOldestUnfinishedUpdate() {
        ledger.accept(10);
        ledger.accept(11);
        ledger.accept(12);

        ledger.finish(11);
        ledger.finish(12);

        assertThat(ledger.offset()).isEqualTo(10);
        assertThat(ledger.pending()).as("in work or finished behind the oldest").isEqualTo(3);
        assertThat(ledger.inWork()).as("only the oldest is still in work").isEqualTo(1);
        ledger.finish(10);
        assertThat(ledger.offset()).isEqualTo(13);
        assertThat(ledger.pending()).isZero();
    }

    @Test
    void refusesUpdatesInWorkFinishedOrAlreadyConfirmed() {
        ledger.accept(10);
        ledger.accept(11);
        ledger.finish(11);

        assertThat(ledger.accept(10)).as("in work").isFalse();
        assertThat(ledger.accept(11)).as("finished, not yet confirmed").isFalse();
        ledger.finish(10);
        assertThat(ledger.accept(10)).as("confirmed").isFalse();
        assertThat(ledger.accept(12)).as("new").isTrue();
    }

    @Test
    void waitsForAsManyFinishedUpdatesAsAskedOrUntilTheTimeIsUp() throws Exception {
        for (long id = 10; id < 14; id++) {
            ledger.accept(id);
        }
        long progress = ledger.progress();
        ledger.finish(12);

        long started = System.nanoTime();
        ledger.awaitProgressSince(progress, 2, 100);
        assertThat(System.nanoTime() - started)
                .as("one of two finished: waited out")
                .isGreaterThan(90_000_000L);

        Thread finisher = new Thread(() -> ledger.finish(13));
        started = System.nanoTime();
        finisher.start();
        ledger.awaitProgressSince(progress, 2, 10_000);
        assertThat(System.nanoTime() - started).as("woken by the second").isLessThan(5_000_000_000L);
        finisher.join();
    }
}
