package org.wearetogether.chat.internal;

import java.util.List;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;

/** Asks every feature that keeps personal data to forget a person. */
final class Forgetting {

    private final List<PersonalData> holders;

    Forgetting(List<PersonalData> holders) {
        this.holders = List.copyOf(holders);
    }

    void forget(Person person) {
        holders.forEach(holder -> holder.forget(person));
    }
}
