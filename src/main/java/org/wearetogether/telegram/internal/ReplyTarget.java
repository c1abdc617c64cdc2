package org.wearetogether.telegram.internal;

/**
 * Where the replies to one input go.
 *
 * @param chatId the Telegram chat
 * @param callbackQueryId the button press to answer (null when the input was not a press)
 * @param pressedMessageId the message whose button was pressed, for {@code EditPressed} (null when none)
 */
record ReplyTarget(String chatId, String callbackQueryId, Integer pressedMessageId) {

    static ReplyTarget chat(String chatId) {
        return new ReplyTarget(chatId, null, null);
    }

    String chatKey() {
        return TelegramChannelSender.CHANNEL + ":" + chatId;
    }

    boolean isButtonPress() {
        return callbackQueryId != null;
    }
}
