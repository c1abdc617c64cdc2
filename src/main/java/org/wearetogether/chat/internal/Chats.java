package org.wearetogether.chat.internal;

import java.time.Instant;
import java.util.List;

/** The stored chat records. */
interface Chats {

    /** The chat's record, or a fresh one (version 0) when the chat never wrote. */
    ChatRecord load(String chatKey);

    /**
     * Stores {@code next} if the stored version is still {@code next.version() - 1}.
     *
     * @return false when someone else wrote in between: load again and redo the work
     */
    boolean save(ChatRecord next);

    /** Chats whose conversation's reminder or expiry is due. */
    List<ChatRecord> due(Instant now, int limit);

    /** Keys of chats that are owed replies, at most {@code limit}. */
    List<String> owing(int limit);

    /** Forgets any cached copy, e.g. after a failed write. */
    void evict(String chatKey);
}
