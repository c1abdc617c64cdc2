package org.wearetogether.telegram.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.dialog.Reply;

/**
 * Delivers a chat's owed replies in order, the oldest first, and removes them from the store as soon as Telegram took
 * them. A reply Telegram cannot take now stays stored and is sent later by {@link ResendingOwedReplies}: after a
 * 5xx or no answer (even after the retries) the Bot API counts as down; after a 429 the chat is parked until
 * {@code retry_after} has passed and the worker is free at once. Only a 403 (blocked) or a permanent 400 ends a
 * reply undelivered, and both are counted. Always called on the chat's lane, so one chat's sends never interleave.
 */
final class DeliveringReplies {

    private static final Logger log = LoggerFactory.getLogger(DeliveringReplies.class);
    private static final long NONE = -1;

    private final ReplySender sender;
    private final FrontDesk frontDesk;
    private final OwedChats owedChats;
    private final BotApiOutage outage;
    private final Clock clock;
    private final Counter blocked;
    private final Counter rejected;

    DeliveringReplies(
            ReplySender sender,
            FrontDesk frontDesk,
            OwedChats owedChats,
            BotApiOutage outage,
            Clock clock,
            MeterRegistry meters) {
        this.sender = sender;
        this.frontDesk = frontDesk;
        this.owedChats = owedChats;
        this.outage = outage;
        this.clock = clock;
        this.blocked = undelivered(meters, "blocked");
        this.rejected = undelivered(meters, "rejected");
        Gauge.builder("together.replies.owed", owedChats, OwedChats::total)
                .description("Replies kept for later: the Bot API was down or the chat parked after a 429")
                .register(meters);
    }

    private static Counter undelivered(MeterRegistry meters, String reason) {
        return Counter.builder("together.replies.undelivered")
                .description("Replies given up for good: the chat blocked the bot (403) or Telegram refused them (400)")
                .tag("reason", reason)
                .register(meters);
    }

    /** After an input was applied: answers its press (so the spinner stops), then sends what the chat is owed. */
    void afterInput(ReplyTarget target, long updateId) {
        List<OwedReply> owed;
        try {
            owed = frontDesk.owed(target.chatKey());
        } catch (RuntimeException e) {
            log.warn("Could not read what chat {} is owed; the re-send loop will: {}", target.chatId(), e.toString());
            answerPress(target, null);
            owedChats.remember(target.chatKey());
            return;
        }
        OwedReply pressNotice = target.isButtonPress() ? firstNotice(owed, updateId) : null;
        answerPress(target, pressNotice == null ? null : ((Reply.Notice) pressNotice.reply()).text());
        boolean wait = outage.isDown() || owedChats.parked(target.chatKey(), clock.instant());
        if (wait && !owed.isEmpty()) {
            owedChats.owe(target.chatKey(), owed.size());
            keepEdits(target, updateId, owed);
            return;
        }
        deliver(target, updateId, owed, pressNotice);
    }

    /** The re-send loop's turn for a chat: its owed replies, oldest first; also the probe while the Bot API is down. */
    void resend(String chatId) {
        ReplyTarget target = ReplyTarget.chat(chatId);
        if (owedChats.parked(target.chatKey(), clock.instant())) {
            return;
        }
        deliver(target, OwedReply.UNPROMPTED, frontDesk.owed(target.chatKey()), null);
    }

    /**
     * Replies nobody asked for just now (a reminder, a status notice), sent from the caller's thread: straight away
     * when nothing is kept for the chat, else stored behind the kept ones, and stored too when they cannot go now.
     */
    void unprompted(String chatId, List<Reply> replies) {
        String chatKey = ReplyTarget.chat(chatId).chatKey();
        if (outage.isDown() || owedChats.holds(chatKey)) {
            keep(chatKey, replies);
            return;
        }
        for (int i = 0; i < replies.size(); i++) {
            ReplySender.Sent sent = sender.send(ReplyTarget.chat(chatId), replies.get(i));
            if (sent instanceof ReplySender.Sent.Blocked) {
                giveUp(chatKey, replies.size() - i);
                return;
            }
            if (!settle(chatKey, sent, replies.size() - i)) {
                keep(chatKey, replies.subList(i, replies.size()));
                return;
            }
        }
    }

    /**
     * A message worth sending once but not worth keeping (the "please slow down" of the flood gate): not sent while
     * the Bot API is down or replies are kept for the chat, since it must not overtake them.
     */
    void courtesy(ReplyTarget target, Reply reply) {
        if (outage.isDown() || owedChats.holds(target.chatKey())) {
            return;
        }
        ReplySender.Sent sent = sender.send(target, reply);
        if (sent instanceof ReplySender.Sent.RateLimited limited) {
            owedChats.park(target.chatKey(), 0, clock.instant().plusSeconds(limited.retryAfterSeconds()));
        }
    }

    private void keep(String chatKey, List<Reply> replies) {
        try {
            frontDesk.owe(chatKey, replies);
            owedChats.remember(chatKey);
        } catch (RuntimeException e) {
            log.error(
                    "Lost {} replies to {}: they could not be sent nor stored: {}",
                    replies.size(),
                    chatKey,
                    e.toString());
        }
    }

    private void deliver(ReplyTarget target, long updateId, List<OwedReply> owed, OwedReply alreadyAnswered) {
        String chatKey = target.chatKey();
        long done = owedChats.sentButStored(chatKey);
        if (owed.isEmpty() && done == NONE) {
            if (!owedChats.parked(chatKey, clock.instant())) {
                owedChats.settled(chatKey); // nothing owed; a parked chat stays parked for what comes next
            }
            return;
        }
        boolean kept = false;
        for (int i = 0; i < owed.size(); i++) {
            OwedReply o = owed.get(i);
            if (o.seq() <= done) {
                continue;
            }
            if (o != alreadyAnswered) {
                ReplyTarget to = targetOf(o, target, updateId);
                ReplySender.Sent sent = sender.send(to, o.reply());
                if (sent instanceof ReplySender.Sent.Blocked) {
                    giveUp(chatKey, owed.size() - i);
                    done = owed.get(owed.size() - 1).seq();
                    break;
                }
                kept = !settle(chatKey, sent, owed.size() - i);
                if (kept) {
                    keepEdits(target, updateId, owed.subList(i, owed.size()));
                    break;
                }
            }
            done = o.seq();
        }
        if (done != NONE) {
            record(chatKey, done);
        }
        if (!kept) {
            owedChats.settled(chatKey);
        }
    }

    /** Where a reply goes: an edit of a pressed message still edits it, when that message is known. */
    private ReplyTarget targetOf(OwedReply o, ReplyTarget target, long updateId) {
        if (o.answers(updateId)) {
            return target;
        }
        Integer pressed = owedChats.pressedMessage(target.chatKey(), o.seq());
        return pressed == null ? ReplyTarget.chat(target.chatId()) : new ReplyTarget(target.chatId(), null, pressed);
    }

    private void keepEdits(ReplyTarget target, long updateId, List<OwedReply> kept) {
        if (target.pressedMessageId() == null) {
            return;
        }
        for (OwedReply o : kept) {
            if (o.answers(updateId) && o.reply() instanceof Reply.EditPressed) {
                owedChats.keepEditOf(target.chatKey(), o.seq(), target.pressedMessageId());
            }
        }
    }

    /** The chat blocked the bot: its {@code left} owed replies are dropped (counted) and the front desk told. */
    private void giveUp(String chatKey, int left) {
        outage.answered(clock.instant());
        blocked.increment(left);
        log.info("Chat {} cannot be reached (blocked or deactivated); {} replies dropped", chatKey, left);
        frontDesk.unreachable(chatKey);
        owedChats.settled(chatKey);
    }

    /**
     * Accounts for one send other than a 403; true when the reply is finished with (delivered, or refused for good)
     * and the next may go, false when it must stay owed ({@code left} replies, this one included, are kept).
     */
    private boolean settle(String chatKey, ReplySender.Sent sent, int left) {
        Instant now = clock.instant();
        if (sent instanceof ReplySender.Sent.Failed failed) {
            outage.failed(failed.reason(), now);
            owedChats.owe(chatKey, left);
            return false;
        }
        outage.answered(now);
        if (sent instanceof ReplySender.Sent.RateLimited limited) {
            owedChats.park(chatKey, left, now.plusSeconds(limited.retryAfterSeconds()));
            log.info(
                    "Telegram asks to wait {} s before writing to {}; {} replies parked",
                    limited.retryAfterSeconds(),
                    chatKey,
                    left);
            return false;
        }
        if (sent instanceof ReplySender.Sent.Rejected r) {
            rejected.increment();
            log.warn("Telegram refused a reply to {} for good; dropped: {}", chatKey, r.reason());
        }
        return true;
    }

    /** Removes the delivered replies from the store; when it cannot now, remembers them so they are not sent twice. */
    private void record(String chatKey, long seq) {
        try {
            frontDesk.delivered(chatKey, seq);
            owedChats.recorded(chatKey, seq);
        } catch (RuntimeException e) {
            log.warn("Could not record replies to {} as delivered; trying again later: {}", chatKey, e.toString());
            owedChats.sentNotRecorded(chatKey, seq);
            owedChats.remember(chatKey);
        }
    }

    private void answerPress(ReplyTarget target, String text) {
        if (target.isButtonPress()) {
            sender.answerPress(target.callbackQueryId(), text, outage.isDown());
        }
    }

    private static OwedReply firstNotice(List<OwedReply> owed, long updateId) {
        for (OwedReply o : owed) {
            if (o.answers(updateId) && o.reply() instanceof Reply.Notice) {
                return o;
            }
        }
        return null;
    }
}
