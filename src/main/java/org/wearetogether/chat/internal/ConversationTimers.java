package org.wearetogether.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Turn;

/**
 * Reminds people of unfinished dialogs and drops the ones left too long. The due times are stored with each chat,
 * so timers survive restarts; a version-guarded write makes each fire once even with several instances.
 */
final class ConversationTimers {

    private static final Logger log = LoggerFactory.getLogger(ConversationTimers.class);
    private static final int BATCH = 200;

    private final Chats chats;
    private final DialogEngine engine;
    private final Map<String, ChannelSender> senders;
    private final Clock clock;

    ConversationTimers(Chats chats, DialogEngine engine, Map<String, ChannelSender> senders, Clock clock) {
        this.chats = chats;
        this.engine = engine;
        this.senders = senders;
        this.clock = clock;
    }

    /** Fires every due timer; returns how many fired. */
    int fireDue() {
        Instant now = clock.instant();
        List<ChatRecord> due = chats.due(now, BATCH);
        int fired = 0;
        for (ChatRecord record : due) {
            try {
                fired += fire(record, now) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Timer of {} failed; it stays due and is retried", record.chatKey(), e);
            }
        }
        return fired;
    }

    private boolean fire(ChatRecord record, Instant now) {
        if (record.conversation() == null
                || record.dueAt() == null
                || record.dueAt().isAfter(now)) {
            return false;
        }
        Turn turn = engine.timeUp(record.conversation(), now);
        ChatRecord next = record.withConversation(turn.conversation()).touched(now);
        if (!chats.save(next)) {
            return false; // the person wrote meanwhile: their input moved the timers
        }
        Person person = record.person();
        ChannelSender sender = person == null ? null : senders.get(person.channel());
        if (sender != null
                && record.unreachableSince() == null
                && !turn.replies().isEmpty()) {
            sender.send(person.chatId(), turn.replies());
        }
        return true;
    }
}
