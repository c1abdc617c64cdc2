package org.wearetogether.hq.internal;

/**
 * A message the bot posted about a request to an HQ chat or a member of staff, kept so that it can be cleaned when the
 * request ends. Holds no personal data: the chat, the message's id there, the chat's language and what it was.
 */
record PostedMessage(String chatKey, String messageId, String language, Kind kind) {

    /** What the message was. */
    enum Kind {
        /** A request's card in an HQ chat (also the escalation card in the federal chat). */
        CARD,
        /** An SLA re-announcement ("Still waiting") in an HQ chat. */
        REANNOUNCEMENT,
        /** The "Show contacts" message in the holder's private chat. */
        CONTACTS,
        /** A requester's message (or details added) relayed to the holder or an HQ chat. */
        NOTE
    }

    /** Identifies the message among all others: its chat and its id there. */
    String key() {
        return chatKey + "#" + messageId;
    }
}
