package org.wearetogether.chat;

import java.util.Optional;
import org.wearetogether.dialog.Person;

/** People who have written to the bot, looked up by what others know of them. */
public interface People {

    /** The person with this @username (without '@', case-insensitive) who last wrote in a private chat. */
    Optional<Person> byUsername(String username);
}
