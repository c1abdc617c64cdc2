package org.wearetogether.broadcasts.internal;

import org.springframework.context.event.EventListener;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.volunteers.VolunteerLeft;

/**
 * {@code /forget_me}: the announcements' ledgers name the volunteer who left by their pseudonym instead of their chat
 * key, as {@code /privacy} does. A failure reaches the volunteers module, which announces the departure again later.
 */
final class ForgettingRecipients {

    private final MongoLedger ledger;
    private final Pseudonyms pseudonyms;

    ForgettingRecipients(MongoLedger ledger, Pseudonyms pseudonyms) {
        this.ledger = ledger;
        this.pseudonyms = pseudonyms;
    }

    @EventListener
    void on(VolunteerLeft event) {
        if (event.chatKey() != null) {
            ledger.pseudonymise(event.chatKey(), pseudonyms.of(event.userId()));
        }
    }
}
