package org.wearetogether.telegram.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The background loop that sends kept replies: each {@link #runOnce()} queues the chats owed replies (and no longer
 * parked) on their own lanes, where they go out in order before anything newer. While the Bot API is down it sends
 * one chat only, as a probe, with growing pauses (back-off up to the retry settings' longest delay); once Telegram
 * answers, all the others follow. It also asks the store, now and then, which chats are owed replies, so that
 * replies kept before a restart are found. A job in the making: it keeps no thread of its own.
 */
final class ResendingOwedReplies {

    private static final Logger log = LoggerFactory.getLogger(ResendingOwedReplies.class);
    private static final Duration STORE_SCAN_EVERY = Duration.ofSeconds(30);
    private static final int STORE_SCAN_LIMIT = 10_000;

    private final DeliveringReplies delivering;
    private final OwedChats owedChats;
    private final BotApiOutage outage;
    private final FrontDesk frontDesk;
    private final ChatLanes lanes;
    private final TelegramSettings.Retry retry;
    private final Clock clock;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private Instant nextStoreScan = Instant.MIN;
    private Instant nextProbe = Instant.MIN;
    private BackOffExecution probeBackOff;

    ResendingOwedReplies(
            DeliveringReplies delivering,
            OwedChats owedChats,
            BotApiOutage outage,
            FrontDesk frontDesk,
            ChatLanes lanes,
            TelegramSettings.Retry retry,
            Clock clock) {
        this.delivering = delivering;
        this.owedChats = owedChats;
        this.outage = outage;
        this.frontDesk = frontDesk;
        this.lanes = lanes;
        this.retry = retry;
        this.clock = clock;
    }

    /** One pass; returns how many chats it queued for sending. */
    synchronized int runOnce() {
        Instant now = clock.instant();
        if (!now.isBefore(nextStoreScan)) {
            scanStore();
            nextStoreScan = now.plus(STORE_SCAN_EVERY);
        }
        List<String> due = owedChats.due(now);
        if (due.isEmpty()) {
            return 0;
        }
        if (outage.isDown()) {
            if (now.isBefore(nextProbe)) {
                return 0;
            }
            probeBackOff = probeBackOff == null ? BackOffs.start(retry) : probeBackOff;
            nextProbe = now.plusMillis(probeBackOff.nextBackOff());
            return queue(due.get(0)) ? 1 : 0;
        }
        probeBackOff = null;
        nextProbe = Instant.MIN;
        int queuedNow = 0;
        for (String chatKey : due) {
            queuedNow += queue(chatKey) ? 1 : 0;
        }
        return queuedNow;
    }

    private void scanStore() {
        try {
            frontDesk.chatsOwed(STORE_SCAN_LIMIT).stream()
                    .filter(key -> key.startsWith(TelegramChannelSender.CHANNEL + ":"))
                    .forEach(owedChats::remember);
        } catch (RuntimeException e) {
            log.warn("Could not ask the store which chats are owed replies: {}", e.toString());
        }
    }

    /** Queues the chat on its lane unless it is queued already; false when not queued. */
    private boolean queue(String chatKey) {
        if (!queued.add(chatKey)) {
            return false;
        }
        String chatId = chatKey.substring(chatKey.indexOf(':') + 1);
        try {
            lanes.submit(chatId, () -> {
                try {
                    delivering.resend(chatId);
                } catch (RuntimeException e) {
                    log.warn("Could not re-send the replies owed to {}: {}", chatKey, e.toString());
                } finally {
                    queued.remove(chatKey);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            queued.remove(chatKey);
            return false;
        }
    }
}
