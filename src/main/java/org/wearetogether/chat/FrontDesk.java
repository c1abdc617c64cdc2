package org.wearetogether.chat;

import java.util.List;
import org.wearetogether.dialog.Reply;

/** Takes every input of every chat. Implementations store the chat's new state before returning. */
public interface FrontDesk {

    /**
     * Applies one input at most once and returns the replies owed for it. A re-delivered input changes nothing and
     * returns the replies it owed the first time (they may not have been sent before a crash).
     * Inputs of one chat must be handed in one at a time, in order.
     */
    List<Reply> handle(Inbound inbound);

    /** The commands to show in the messenger's command menu. */
    List<ChatCommand.Description> commands();

    /** The channel could not deliver to the chat because the person blocked the bot; recorded, not retried. */
    void unreachable(String chatKey);
}
