package org.wearetogether.telegram.internal;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether sending to Telegram fails for everyone right now: set when a reply still failed after its retries (5xx or
 * no answer), cleared by the next call Telegram answers. While it is set, replies are stored and not tried, so that
 * workers do not spend their retries on a Bot API that is down while other chats wait; the re-send loop probes.
 */
final class BotApiOutage {

    private static final Logger log = LoggerFactory.getLogger(BotApiOutage.class);

    private volatile Instant since;

    void failed(String why, Instant now) {
        if (since == null) {
            since = now;
            log.warn("Sending to Telegram fails ({}); replies are kept and sent when the Bot API is back", why);
        }
    }

    void answered(Instant now) {
        Instant was = since;
        if (was != null) {
            since = null;
            log.info("Sending to Telegram works again after {} s", now.getEpochSecond() - was.getEpochSecond());
        }
    }

    boolean isDown() {
        return since != null;
    }
}
