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

    /**
     * Everything the chat is owed, oldest first: the replies of the inputs handled and of {@link #owe}, until the
     * channel reports them {@link #delivered}. {@link #handle} stores its replies here in the same write as the input.
     */
    List<OwedReply> owed(String chatKey);

    /**
     * The channel delivered (or gave up for good on) the chat's owed replies up to and including {@code seq}: they
     * are removed at once, so no personal text waits in the store after it reached the person.
     */
    void delivered(String chatKey, long seq);

    /** Stores replies nobody asked for just now (a reminder, a notice) behind the ones already owed to the chat. */
    void owe(String chatKey, List<Reply> replies);

    /** Chats with owed replies, at most {@code limit}; what a channel's re-send loop works through. */
    List<String> chatsOwed(int limit);
}
