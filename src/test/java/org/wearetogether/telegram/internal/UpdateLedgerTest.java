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
}
