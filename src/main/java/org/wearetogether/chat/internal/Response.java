package org.wearetogether.chat.internal;

import java.util.List;
import org.wearetogether.dialog.Reply;

/** The chat record after an input (version not yet bumped) and what to say. */
record Response(ChatRecord record, List<Reply> replies) {

    Response {
        replies = List.copyOf(replies);
    }

    static Response say(ChatRecord record, Reply... replies) {
        return new Response(record, List.of(replies));
    }
}
