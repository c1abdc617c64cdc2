package org.wearetogether.volunteers.internal;

import java.util.function.Consumer;
import org.wearetogether.access.Audit;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.volunteers.Volunteer;

/**
 * What outlives a deleted volunteer profile and is cleaned with it: the audit names them (their approval, a decline
 * with its reason: the ids become their pseudonym, free text about them goes), and a coordinator may still be
 * waited for to type a decline reason about them. Their tasks follow {@code VolunteerLeft} in the tasks module.
 */
final class ForgettingTraces implements Consumer<Volunteer> {

    private final Audit audit;
    private final MongoDeclineReasons reasons;
    private final Pseudonyms pseudonyms;

    ForgettingTraces(Audit audit, MongoDeclineReasons reasons, Pseudonyms pseudonyms) {
        this.audit = audit;
        this.reasons = reasons;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void accept(Volunteer gone) {
        String pseudonym = pseudonyms.of(gone.userId());
        audit.pseudonymise(gone.userId(), pseudonym);
        if (gone.chatKey() != null) {
            audit.pseudonymise(gone.chatKey(), pseudonym);
        }
        reasons.forgetVolunteer(gone.userId());
    }
}
