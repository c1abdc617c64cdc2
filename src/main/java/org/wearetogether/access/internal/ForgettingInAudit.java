package org.wearetogether.access.internal;

import org.wearetogether.access.Audit;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.dialog.Person;

/**
 * {@code /privacy} in the audit: the person's user id and chat key become their pseudonym (the trail of what was done
 * stays, as the service's own record, but no longer names them). A role they hold (coordinator, operator) stays in
 * {@code roles}: it is how the service works, and an admin removes it.
 */
final class ForgettingInAudit implements PersonalData {

    private final Audit audit;
    private final Pseudonyms pseudonyms;

    ForgettingInAudit(Audit audit, Pseudonyms pseudonyms) {
        this.audit = audit;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void forget(Person person) {
        String pseudonym = pseudonyms.of(person.userId());
        audit.pseudonymise(person.userId(), pseudonym);
        audit.pseudonymise(person.chatKey(), pseudonym);
    }
}
