package org.wearetogether.hq.internal;

/**
 * A request's card posted in an HQ chat.
 *
 * @param messageId the card's message in the chat; null only in cards stored by earlier versions, which recorded a chat
 *     that could not be reached as a card without a message (now such a chat is marked dead and gets no card)
 */
record Card(String number, String chatKey, String messageId, String language) {}
