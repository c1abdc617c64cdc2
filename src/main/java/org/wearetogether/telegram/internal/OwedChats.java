package org.wearetogether.telegram.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chats that have replies kept for later, as this process knows them: how many each is owed and, for a chat
 * Telegram answered 429, the time before which nothing is sent to it. The replies themselves are in the store (the
 * front desk's owed replies); this is the re-send loop's worklist, the source of the owed-replies gauge, and what
 * makes later replies queue behind kept ones instead of overtaking them.
 */
final class OwedChats {

    private record Owed(int count, Instant notBefore) {}

    private final Map<String, Owed> chats = new ConcurrentHashMap<>();
    /** Replies sent whose removal from the store failed (the store was down): not to be sent again. */
    private final Map<String, Long> sentNotRecorded = new ConcurrentHashMap<>();

    private final Map<String, Map<Long, Integer>> pressedMessages = new ConcurrentHashMap<>();

    /** The chat is owed {@code count} replies, to be sent as soon as the Bot API takes them. */
    void owe(String chatKey, int count) {
        chats.merge(chatKey, new Owed(count, null), (old, now) -> new Owed(count, old.notBefore()));
    }

    /** A chat the store says is owed replies; the count is learnt when they are next tried. */
    void remember(String chatKey) {
        chats.putIfAbsent(chatKey, new Owed(1, null));
    }

    /** Telegram asked to send nothing to the chat before {@code notBefore}; it is owed {@code count} replies. */
    void park(String chatKey, int count, Instant notBefore) {
        chats.put(chatKey, new Owed(count, notBefore));
    }

    /** Nothing is owed to the chat any more. */
    void settled(String chatKey) {
        chats.remove(chatKey);
        pressedMessages.remove(chatKey);
    }

    /**
     * A kept edit of a pressed message: sent later, it still edits that message (the person sees the same question
     * with their ticks) rather than posting it again. Memory only: after a restart the edit comes as a new message.
     */
    void keepEditOf(String chatKey, long seq, int messageId) {
        pressedMessages.computeIfAbsent(chatKey, k -> new ConcurrentHashMap<>()).put(seq, messageId);
    }

    /** The message a kept edit is for, or null. */
    Integer pressedMessage(String chatKey, long seq) {
        Map<Long, Integer> edits = pressedMessages.get(chatKey);
        return edits == null ? null : edits.get(seq);
    }

    /** Whether replies are kept for the chat: a new reply must wait behind them. */
    boolean holds(String chatKey) {
        return chats.containsKey(chatKey);
    }

    boolean parked(String chatKey, Instant now) {
        Owed owed = chats.get(chatKey);
        return owed != null && owed.notBefore() != null && now.isBefore(owed.notBefore());
    }

    /** The chats owed replies that may be sent to now (not parked). */
    List<String> due(Instant now) {
        return chats.entrySet().stream()
                .filter(e -> e.getValue().notBefore() == null
                        || !now.isBefore(e.getValue().notBefore()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** How many replies are kept for later over all chats (the {@code together.replies.owed} gauge). */
    long total() {
        return chats.values().stream().mapToLong(Owed::count).sum();
    }

    void sentNotRecorded(String chatKey, long seq) {
        sentNotRecorded.merge(chatKey, seq, Math::max);
    }

    /** The highest seq sent to the chat but still stored as owed, or -1. */
    long sentButStored(String chatKey) {
        return sentNotRecorded.getOrDefault(chatKey, -1L);
    }

    void recorded(String chatKey, long seq) {
        sentNotRecorded.computeIfPresent(chatKey, (k, v) -> v <= seq ? null : v);
    }
}
