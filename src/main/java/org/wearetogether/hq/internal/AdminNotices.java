package org.wearetogether.hq.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.dialog.Reply;

/** Private messages to every admin, about HQ chats that are gone and requests that have nowhere to go. */
final class AdminNotices {

    /** The admins in {@code TOGETHER_ADMINS} are Telegram user ids: their private chats are in this channel. */
    static final String ADMINS_CHANNEL = "telegram";

    private static final Logger log = LoggerFactory.getLogger(AdminNotices.class);

    private final Roles roles;
    private final ChatDelivery delivery;

    AdminNotices(Roles roles, ChatDelivery delivery) {
        this.roles = roles;
        this.delivery = delivery;
    }

    /** Sends the text to each admin; one admin who cannot be reached does not keep it from the others. */
    void tell(String text) {
        if (roles.admins().isEmpty()) {
            log.warn("No admins to tell (TOGETHER_ADMINS is empty): {}", text);
            return;
        }
        for (String admin : roles.admins()) {
            try {
                delivery.send(ADMINS_CHANNEL + ":" + admin, List.of(Reply.Message.plain(text)));
            } catch (RuntimeException e) {
                log.warn("Could not tell admin {}: {}", admin, e.toString());
            }
        }
    }
}
