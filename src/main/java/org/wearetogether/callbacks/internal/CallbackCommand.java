package org.wearetogether.callbacks.internal;

import java.util.List;
import java.util.Optional;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/** {@code /callback}: "Call me back", in the command menu; starts the dialog {@code call_me_back}. */
final class CallbackCommand implements ChatCommand {

    static final String NAME = "callback";

    @Override
    public Description description() {
        return new Description(NAME, CallbackTexts.COMMAND);
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        return List.of(); // never: the command always starts its dialog
    }

    @Override
    public Optional<String> dialogFor(Person person) {
        return Optional.of(RequestingCallback.DIALOG);
    }
}
