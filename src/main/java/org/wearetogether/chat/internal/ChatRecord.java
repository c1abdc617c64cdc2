package org.wearetogether.chat.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * Everything stored about one chat: the one document written per input.
 *
 * @param chatKey {@code telegram:12345}
 * @param version increases with every write; a write succeeds only on the version it read
 * @param lastUpdateId the last input applied; anything not above it is a re-delivery
 * @param owed the replies not yet delivered, oldest first: kept until the channel reports them delivered (a Bot API
 *     outage, a parked chat, a crash between the write and the send), then removed at once
 * @param owedSeq the highest {@link OwedReply#seq()} given out in this chat
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
        List<OwedReply> owed,
        long owedSeq,
        String language,
        Person person,
        Conversation conversation,
        String pendingDialog,
        String pendingPreset,
        Instant unreachableSince,
        Instant updatedAt) {

    /**
     * The most replies kept for one chat: beyond it the oldest go (counted in {@code together.replies.undelivered{reason=overflow}}). Only a
     * Bot API that stays down for days fills it, and then the oldest answers are the least useful.
     */
    static final int MAX_OWED = 200;

    ChatRecord {
        owed = List.copyOf(owed);
    }

    static ChatRecord fresh(String chatKey) {
        return new ChatRecord(chatKey, 0, Long.MIN_VALUE, List.of(), 0, null, null, null, null, null, null, null);
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
                owedSeq,
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
                owedSeq,
                chosen,
                person,
                conversation,
                pendingDialog,
                pendingPreset,
                unreachableSince,
                updatedAt);
    }

    /**
     * {@code /privacy}: the first name and @username are no longer kept, now or when the person writes again (see
     * {@link #remembered}); the ids stay, so that the bot can answer.
     */
    ChatRecord withoutNames(Person asked) {
        return new ChatRecord(
                chatKey,
                version,
                lastUpdateId,
                owed,
                owedSeq,
                language,
                nameless(asked),
                conversation,
                pendingDialog,
                pendingPreset,
                unreachableSince,
                updatedAt);
    }

    /** Who writes, as stored: someone who deleted their data stays without their names. */
    private Person remembered(Person seen) {
        if (seen == null) {
            return person;
        }
        boolean forgotten = person != null && person.firstName() == null && person.username() == null;
        return forgotten ? nameless(seen) : seen;
    }

    private static Person nameless(Person p) {
        return new Person(p.channel(), p.chatId(), p.userId(), null, null);
    }

    ChatRecord withPending(String dialogId, String preset) {
        return new ChatRecord(
                chatKey,
                version,
                lastUpdateId,
                owed,
                owedSeq,
                language,
                person,
                conversation,
                dialogId,
                preset,
                unreachableSince,
                updatedAt);
    }

    /** The record as written after applying input {@code updateId} at {@code now}, owing {@code replies} too. */
    ChatRecord applied(long updateId, Person seen, List<Reply> replies, Instant now) {
        List<OwedReply> more = owing(updateId, replies);
        return new ChatRecord(
                chatKey,
                version + 1,
                Math.max(updateId, lastUpdateId),
                more,
                owedSeq + replies.size(),
                language,
                remembered(seen),
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
                owedSeq,
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
                owedSeq,
                language,
                person,
                conversation,
                pendingDialog,
                pendingPreset,
                now,
                now);
    }

    /** The record with {@code replies} (to input {@code updateId}, or unprompted) owed behind the earlier ones. */
    ChatRecord owing(long updateId, List<Reply> replies, Instant now) {
        return new ChatRecord(
                chatKey,
                version + 1,
                lastUpdateId,
                owing(updateId, replies),
                owedSeq + replies.size(),
                language,
                person,
                conversation,
                pendingDialog,
                pendingPreset,
                unreachableSince,
                now);
    }

    /** The record without the owed replies up to {@code seq}: they were delivered or given up for good. */
    ChatRecord deliveredUpTo(long seq, Instant now) {
        return new ChatRecord(
                chatKey,
                version + 1,
                lastUpdateId,
                owed.stream().filter(o -> o.seq() > seq).toList(),
                owedSeq,
                language,
                person,
                conversation,
                pendingDialog,
                pendingPreset,
                unreachableSince,
                now);
    }

    boolean owesUpTo(long seq) {
        return !owed.isEmpty() && owed.get(0).seq() <= seq;
    }

    private List<OwedReply> owing(long updateId, List<Reply> replies) {
        if (replies.isEmpty()) {
            return owed;
        }
        List<OwedReply> all = new ArrayList<>(owed.size() + replies.size());
        all.addAll(owed);
        long seq = owedSeq;
        for (Reply reply : replies) {
            all.add(new OwedReply(++seq, updateId, reply));
        }
        if (all.size() <= MAX_OWED) {
            return all;
        }
        // given up for good like a blocked chat's replies, and counted beside them
        io.micrometer.core.instrument.Metrics.counter("together.replies.undelivered", "reason", "overflow")
                .increment(all.size() - MAX_OWED);
        return all.subList(all.size() - MAX_OWED, all.size());
    }
}
