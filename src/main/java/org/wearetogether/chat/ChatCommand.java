package org.wearetogether.chat;

import java.util.List;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/** A slash command a feature contributes (e.g. {@code /requests} from intake). Commands are beans. */
public interface ChatCommand {

    Description description();

    /** Runs the command; must not change anything when called twice for the same input. */
    List<Reply> run(Person person, String language, String args);

    /**
     * A dialog the command starts for this person instead of {@link #run} (e.g. {@code /call} starts the operators'
     * dialog for operators); empty (the default) to run the command.
     */
    default java.util.Optional<String> dialogFor(Person person) {
        return java.util.Optional.empty();
    }

    /**
     * Whether the messenger's command menu lists it. Staff commands (coordinators, operators, admins) say false: the
     * menu is the same for everyone, and many users are elderly people who should see only what is theirs.
     */
    default boolean listed() {
        return true;
    }

    /**
     * The data of an inline button that runs the command named {@code name} (or starts its dialog) as if typed, e.g.
     * a way out offered inside a dialog; the front desk owns it.
     */
    static String buttonData(String name) {
        return "m:cmd:" + name;
    }

    /** The command's name without '/' and its one-line description in every language. */
    record Description(String name, Texts text) {}
}
