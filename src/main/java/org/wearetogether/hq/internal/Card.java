package org.wearetogether.hq.internal;

/**
 * A request's card posted in an HQ chat.
 *
 * @param messageId null when the chat could not be reached for good (the bot was removed)
 */
record Card(String number, String chatKey, String messageId, String language) {}
