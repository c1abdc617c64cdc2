package org.wearetogether.dialog;

import java.util.List;

/**
 * The result of one input: the conversation as it is now, what to say, and what happened.
 *
 * @param conversation the conversation after the input; null when it has ended
 * @param replies what to show, in order
 * @param outcome null while the conversation goes on
 */
public record Turn(Conversation conversation, List<Reply> replies, DialogOutcome outcome) {

    public Turn {
        replies = List.copyOf(replies);
    }

    public boolean ended() {
        return conversation == null;
    }
}
