package org.wearetogether.chat;

import java.util.List;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * Features that care where the bot may post (HQ chats): told when the bot's place in a group changes and when a
 * group goes on under a new id. Beans. The front desk applies each such input once; a handler must still change
 * nothing when told the same thing twice.
 */
public interface ChatMembership {

    /**
     * The bot may post in the chat now, or no longer.
     *
     * @param person who changed it, in the chat {@code person.chatKey()}
     * @return what to say in the chat (nothing can be said when {@code canPost} is false)
     */
    List<Reply> membershipChanged(Person person, String language, boolean canPost);

    /**
     * The chat {@code person.chatKey()} goes on as {@code newChatKey} (same channel); the old key is dead.
     *
     * @return what to say (it goes to the old chat id and is usually lost: best left empty)
     */
    List<Reply> moved(Person person, String newChatKey);
}
