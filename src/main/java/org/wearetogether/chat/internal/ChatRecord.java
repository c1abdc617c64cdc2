package org.wearetogether.chat.internal;

import java.time.Instant;
import java.util.List;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * Everything stored about one chat: the one document written per input.
 *
 * @param chatKey {@code telegram:12345}
 * @param version increases with every write; a write succeeds only on the version it read
 * @param lastUpdateId the last input applied; anything not above it is a re-delivery
 * @param owed the replies owed for {@code lastUpdateId}, sent again when that input is re-delivered
 * @param language the language the person chose with /language, or null to follow their client
 * @param person who writes from this chat, as last seen
 * @param conversation the running dialog, or null
 * @param pendingDialog a dialog the person asked to start while another one runs, waiting for "drop it?"
 * @param pendingPreset the preset answer for {@code pendingDialog} (e.g. {@code for_whom=relative}), or null
 * @param unreachableSince when the channel last reported the person blocked the bot, or null
 * @param updatedAt the last write
 */
record ChatRecord(
        String chatKey,
        long version,
        long lastUpdateId,
        List<Reply> owed,
        String language,
        Person person,
        Conversation conversation,
        String pendingDialog,
        String pendingPreset,
        Instant unreachableSince,
        Instant updatedAt) {

    ChatRecord {
        owed = List.copyOf(owed);
    }

    static ChatRecord fresh(String chatKey) {
        return new ChatRecord(chatKey, 0, Long.MIN_VALUE, List.of(), null, null, null, null, null, null, null);
    }

    boolean isNew() {
        return version == 0;
    }

    /** When the timers must look at this chat next: the conversation's reminder or expiry, whichever is first. */
    Instant dueAt() {
        if (conversation == null) {
            return null;
        }
        Instant remind = conversation.remindAt();
        Instant expire = conversation.expireAt();
        if (remind == null) {
            return expire;
        }
        return expire == null || remind.isBefore(expire) ? remind : expire;
    }

    ChatRecord withConversation(Conversation next) {
        return new ChatRecord(
                chatKey,
                version,
                lastUpdateId,
                owed,
                language,
                person,
                next,
                pendingDialog,
                pendingPreset,
                unreachableSince,
                updatedAt);
    }

    ChatRecord withLanguage(String chosen) {
        return new ChatRecord(
                chatKey,
                version,
                lastUpdateId,
                owed,
                chosen,
                person,
                conversation,
                pendingDialog,
                pendingPreset,
                unreachableSince,
                updatedAt);
    }

    ChatRecord withPending(String dialogId, String preset) {
        return new ChatRecord(
                chatKey,
                version,
                lastUpdateId,
                owed,
                language,
                person,
                conversation,
                dialogId,
                preset,
                unreachableSince,
                updatedAt);
    }

    /** The record as written after applying input {@code updateId} at {@code now}, owing {@code replies}. */
    ChatRecord applied(long updateId, Person seen, List<Reply> replies, Instant now) {
        return new ChatRecord(
                chatKey,
                version + 1,
                Math.max(updateId, lastUpdateId),
                replies,
                language,
                seen != null ? seen : person,
                conversation,
                pendingDialog,
                pendingPreset,
                seen != null ? null : unreachableSince,
                now);
    }

    /** The record as written by a timer: nothing the person sent changes. */
    ChatRecord touched(Instant now) {
        return new ChatRecord(
                chatKey,
                version + 1,
                lastUpdateId,
                owed,
                language,
                person,
                conversation,
                pendingDialog,
                pendingPreset,
                unreachableSince,
                now);
    }

    ChatRecord unreachable(Instant now) {
        return new ChatRecord(
                chatKey,
                version + 1,
                lastUpdateId,
                owed,
                language,
                person,
                conversation,
                pendingDialog,
                pendingPreset,
                now,
                now);
    }
}
