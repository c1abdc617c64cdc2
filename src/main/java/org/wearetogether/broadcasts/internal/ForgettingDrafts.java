package org.wearetogether.broadcasts.internal;

import org.wearetogether.chat.PersonalData;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.dialog.Person;

/**
 * {@code /privacy}: deletes the person's unsent draft and replaces their chat key in the delivery ledgers with their
 * pseudonym. An opt-out is kept (it is their own wish to get nothing, and holds only the chat key); sent broadcasts
 * keep their author's name for the audit (authors are staff).
 */
final class ForgettingDrafts implements PersonalData {

    private final MongoDrafts drafts;
    private final MongoLedger ledger;
    private final Pseudonyms pseudonyms;

    ForgettingDrafts(MongoDrafts drafts, MongoLedger ledger, Pseudonyms pseudonyms) {
        this.drafts = drafts;
        this.ledger = ledger;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void forget(Person person) {
        drafts.deleteAny(person.userId());
        ledger.pseudonymise(person.chatKey(), pseudonyms.of(person.userId()));
    }
}
