package org.wearetogether.volunteers.internal;

import java.util.List;
import java.util.Optional;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/**
 * {@code /volunteer} (also the menu's "Become a volunteer"): the sign-up for someone without a profile (or who just
 * pressed Edit), else their profile with Edit / Pause or Resume / Leave.
 */
class VolunteerCommand implements ChatCommand {

    static final String DIALOG = "volunteer_signup";

    private final SelfService self;

    VolunteerCommand(SelfService self) {
        this.self = self;
    }

    @Override
    public Description description() {
        return new Description(
                "volunteer", Texts.of("Стать волонтёром или открыть анкету", "Become a volunteer or see your profile"));
    }

    @Override
    public Optional<String> dialogFor(Person person) {
        return self.signUpNow(person.userId()) ? Optional.of(DIALOG) : Optional.empty();
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        return self.show(person, language);
    }
}
