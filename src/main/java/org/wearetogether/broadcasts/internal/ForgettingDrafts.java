package org.wearetogether.broadcasts.internal;

import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;

/**
 * {@code /privacy}: deletes the person's unsent draft. An opt-out is kept (it is their own wish to get nothing, and
 * holds only the chat key); sent broadcasts keep their author's name for the audit.
 */
final class ForgettingDrafts implements PersonalData {

    private final MongoDrafts drafts;

    ForgettingDrafts(MongoDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public void forget(Person person) {
        drafts.deleteAny(person.userId());
    }
}
