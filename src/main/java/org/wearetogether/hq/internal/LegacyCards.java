package org.wearetogether.hq.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cards posted by versions that did not keep {@code hq_messages} are copied there once (a scan of {@code hq_cards},
 * then a mark), so that they are refreshed and cleaned like new ones. Run as the first HQ sweep: on the lease holder,
 * and again at the next sweep if the store failed in the middle (copying twice keeps one).
 */
final class LegacyCards {

    private static final Logger log = LoggerFactory.getLogger(LegacyCards.class);

    private final MongoCards cards;
    private final MongoPostedMessages messages;
    private volatile boolean copied;

    LegacyCards(MongoCards cards, MongoPostedMessages messages) {
        this.cards = cards;
        this.messages = messages;
    }

    void copyOnce() {
        if (copied) {
            return;
        }
        if (!messages.cardsCopied()) {
            int[] count = {0};
            cards.forEach(card -> {
                if (card.messageId() != null) {
                    messages.record(
                            card.number(),
                            new PostedMessage(
                                    card.chatKey(), card.messageId(), card.language(), PostedMessage.Kind.CARD));
                    count[0]++;
                }
            });
            messages.markCardsCopied();
            log.info("Copied {} cards into hq_messages, so that they are cleaned when their requests end", count[0]);
        }
        copied = true;
    }
}
