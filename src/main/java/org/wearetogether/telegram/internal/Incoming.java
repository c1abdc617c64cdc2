package org.wearetogether.telegram.internal;

import org.wearetogether.chat.Inbound;

/** What one update asks of the channel. */
sealed interface Incoming {

    long updateId();

    /** Hand the input to the front desk and send its replies to the target. */
    record Handle(Inbound inbound, ReplyTarget target) implements Incoming {
        @Override
        public long updateId() {
            return inbound.updateId();
        }
    }

    /**
     * Nothing to hand in (a channel post, a group message not addressed to the bot...). A button press is still
     * answered, so that the person's spinner stops.
     */
    record Ignore(long updateId, String why, ReplyTarget pressToAnswer) implements Incoming {}
}
