package org.wearetogether.volunteers.internal;

import java.util.List;
import java.util.function.BiFunction;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/** A volunteer's own command: {@code /pause}, {@code /resume}, {@code /forget_me}. */
class SelfServiceCommand implements ChatCommand {

    private final Description description;
    private final BiFunction<Person, String, List<Reply>> action;

    SelfServiceCommand(String name, Texts text, BiFunction<Person, String, List<Reply>> action) {
        this.description = new Description(name, text);
        this.action = action;
    }

    @Override
    public Description description() {
        return description;
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        return action.apply(person, language);
    }
}
