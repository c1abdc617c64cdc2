package org.wearetogether.broadcasts.internal;

import java.util.List;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/** {@code /broadcast}: starts a new announcement (coordinators and admins, in a private chat). */
final class BroadcastCommand implements StaffCommand {

    private final Composing composing;

    BroadcastCommand(Composing composing) {
        this.composing = composing;
    }

    @Override
    public Description description() {
        return new Description(
                "broadcast",
                Texts.of("Рассылка волонтёрам (для координаторов)", "Broadcast to volunteers (coordinators)"));
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        return composing.begin(person, language);
    }
}
