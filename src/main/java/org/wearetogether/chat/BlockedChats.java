package org.wearetogether.chat;

import java.util.Collection;
import java.util.Set;

/**
 * Chats whose person blocked the bot ({@link FrontDesk#unreachable} records it) and has not written since: a
 * broadcast skips them until they write again.
 */
public interface BlockedChats {

    /** Those of the given chat keys (such as {@code telegram:12345}) that are blocked now. */
    Set<String> among(Collection<String> chatKeys);
}
