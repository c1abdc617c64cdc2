package org.wearetogether.hq.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChatMembership;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/**
 * The bot's place in HQ groups: removed or unable to post marks the binding dead at once (requests go to the
 * federal chat), added back or allowed to post marks it alive (its region's open requests are posted there again
 * where missing), and a group that became a supergroup takes its binding along. The admins are told by
 * {@link BindingNotices}. Groups that are not HQ chats are left alone.
 */
final class HqPresence implements ChatMembership {

    private static final Logger log = LoggerFactory.getLogger(HqPresence.class);

    private final MongoHqChats chats;
    private final HqWork work;
    private final Clock clock;

    HqPresence(MongoHqChats chats, HqWork work, Clock clock) {
        this.chats = chats;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public List<Reply> membershipChanged(Person person, String language, boolean canPost) {
        Optional<HqChat> bound = chats.byChat(person.chatKey());
        if (bound.isEmpty()) {
            return List.of();
        }
        boolean changed = canPost
                ? chats.markAlive(person.chatKey(), clock.instant())
                : chats.markDead(
                        person.chatKey(),
                        "the bot was removed or may not post (by " + person.userId() + ")",
                        clock.instant());
        if (!changed) {
            return List.of();
        }
        log.warn("HQ chat {} of {} is {} now", person.chatKey(), bound.get().region(), canPost ? "alive" : "dead");
        work.nudge();
        return canPost
                ? List.of(Reply.Message.plain(HqTexts.HQ_BACK.in(bound.get().language())))
                : List.of();
    }

    @Override
    public List<Reply> moved(Person person, String newChatKey) {
        if (chats.byChat(person.chatKey()).isPresent()) {
            chats.move(person.chatKey(), newChatKey, clock.instant());
            log.warn("HQ chat {} moved to {}; the binding follows", person.chatKey(), newChatKey);
            work.nudge();
        }
        return List.of();
    }
}
