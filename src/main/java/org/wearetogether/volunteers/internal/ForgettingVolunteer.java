package org.wearetogether.volunteers.internal;

import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;

/** {@code /privacy} deletes the volunteer profile too (the same as {@code /forget_me}). */
class ForgettingVolunteer implements PersonalData {

    private final SelfService self;

    ForgettingVolunteer(SelfService self) {
        this.self = self;
    }

    @Override
    public void forget(Person person) {
        self.forget(person.userId());
    }
}
