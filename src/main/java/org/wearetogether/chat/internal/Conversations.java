package org.wearetogether.chat.internal;

import org.wearetogether.dialog.Conversation;

/** Small changes to conversation records that the front desk makes. */
final class Conversations {

    private Conversations() {}

    static Conversation inLanguage(Conversation c, String language) {
        return new Conversation(
                c.id(),
                c.dialogId(),
                c.dialogVersion(),
                c.step(),
                c.answers(),
                c.path(),
                language,
                c.mode(),
                c.prompt(),
                c.invalidInARow(),
                c.editing(),
                c.startedAt(),
                c.updatedAt(),
                c.remindAt(),
                c.expireAt());
    }
}
