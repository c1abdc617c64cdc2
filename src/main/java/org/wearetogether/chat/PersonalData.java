package org.wearetogether.chat;

import org.wearetogether.dialog.Person;

/**
 * A feature that keeps personal data of people, so that {@code /privacy} can delete it. Beans.
 */
public interface PersonalData {

    /** Deletes or anonymises everything personal this feature keeps about the person; idempotent. */
    void forget(Person person);
}
