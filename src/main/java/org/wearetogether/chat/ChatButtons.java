package org.wearetogether.chat;

import java.util.List;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * Inline buttons a feature owns, routed by the prefix of their data (e.g. {@code q:} for HQ cards). Beans. The front
 * desk applies each press once; a handler must still change nothing when the same data is pressed again later.
 */
public interface ChatButtons {

    /** The data prefix, e.g. {@code q:}; never {@code d:} or {@code m:}. */
    String prefix();

    /**
     * Handles a press in a chat (private or group); {@code person.userId()} is who pressed.
     *
     * @param data the button data exactly as it came back (may be forged)
     */
    List<Reply> press(Person person, String language, String data);
}
