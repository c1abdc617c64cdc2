package org.wearetogether.telegram.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.dialog.Reply;

/**
 * Sends replies through the Bot API. A press is always answered first (with the first notice, if any) so that the
 * spinner stops. A blocked chat is reported to the front desk once and nothing more is sent to it; other failures are
 * logged and the remaining replies still go out.
 */
final class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private final TelegramCalls calls;
    private final FrontDesk frontDesk;

    ReplySender(TelegramCalls calls, FrontDesk frontDesk) {
        this.calls = calls;
        this.frontDesk = frontDesk;
    }

    void send(ReplyTarget target, List<Reply> replies) {
        Reply.Notice answered = target.isButtonPress() ? firstNotice(replies) : null;
        if (target.isButtonPress()) {
            answerPress(target.callbackQueryId(), answered == null ? null : answered.text());
        }
        for (Reply reply : replies) {
            if (reply != answered && !sendOne(target, reply)) {
                return;
            }
        }
    }

    /** Posts one message (at most 4096 characters) and returns its id; throws {@link ChannelSender.NotDelivered}. */
    String post(String chatId, Reply.Message message) {
        try {
            var sent = calls.call(SendMessage.builder()
                    .chatId(chatId)
                    .text(message.text())
                    .replyMarkup(Keyboards.markup(message.keyboard()))
                    .build());
            return String.valueOf(sent.getMessageId());
        } catch (CallFailed e) {
            throw e.notDelivered("Could not post to chat " + chatId);
        }
    }

    /** Replaces a message's text and inline buttons; true when it now reads so. */
    boolean edit(String chatId, String messageId, Reply.Message message) {
        var markup = message.keyboard() instanceof Reply.Keyboard.Inline inline ? Keyboards.inline(inline) : null;
        try {
            calls.call(EditMessageText.builder()
                    .chatId(chatId)
                    .messageId(Integer.valueOf(messageId))
                    .text(message.text())
                    .replyMarkup(markup)
                    .build());
            return true;
        } catch (CallFailed e) {
            if (e.isNotModified()) {
                return true;
            }
            log.info("Could not edit message {} in chat {}: {}", messageId, chatId, e.getMessage());
            return false;
        }
    }

    /** Stops the spinner of a press; a press that is too old to answer is no reason to fail. */
    void answerPress(String callbackQueryId, String text) {
        try {
            calls.call(AnswerCallbackQuery.builder()
                    .callbackQueryId(callbackQueryId)
                    .text(text)
                    .build());
        } catch (CallFailed e) {
            log.info("Could not answer a button press: {}", e.getMessage());
        }
    }

    /** Returns false when the chat is unreachable, so that nothing more is sent to it. */
    private boolean sendOne(ReplyTarget target, Reply reply) {
        try {
            if (reply instanceof Reply.Message message) {
                sendMessage(target.chatId(), message.text(), message.keyboard());
            } else if (reply instanceof Reply.EditPressed edit) {
                edit(target, edit);
            } else if (reply instanceof Reply.Notice notice) {
                sendMessage(target.chatId(), notice.text(), Reply.Keyboard.NONE);
            }
            return true;
        } catch (CallFailed e) {
            return handleFailure(target, e);
        }
    }

    private void sendMessage(String chatId, String text, Reply.Keyboard keyboard) throws CallFailed {
        if (text == null || text.isBlank()) {
            log.warn("Not sending an empty message to chat {}", chatId);
            return;
        }
        List<String> chunks = TextChunks.split(text, TextChunks.TELEGRAM_LIMIT);
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            calls.call(SendMessage.builder()
                    .chatId(chatId)
                    .text(chunks.get(i))
                    .replyMarkup(last ? Keyboards.markup(keyboard) : null)
                    .build());
        }
    }

    private void edit(ReplyTarget target, Reply.EditPressed edit) throws CallFailed {
        boolean editable = target.pressedMessageId() != null
                && edit.text() != null
                && !edit.text().isBlank()
                && edit.text().length() <= TextChunks.TELEGRAM_LIMIT
                && (edit.keyboard() instanceof Reply.Keyboard.None || edit.keyboard() instanceof Reply.Keyboard.Inline);
        if (!editable) {
            sendMessage(target.chatId(), edit.text(), edit.keyboard());
            return;
        }
        var markup = edit.keyboard() instanceof Reply.Keyboard.Inline inline ? Keyboards.inline(inline) : null;
        calls.call(EditMessageText.builder()
                .chatId(target.chatId())
                .messageId(target.pressedMessageId())
                .text(edit.text())
                .replyMarkup(markup)
                .build());
    }

    private boolean handleFailure(ReplyTarget target, CallFailed e) {
        if (e.isNotModified()) {
            return true;
        }
        if (e.isForbidden()) {
            log.info("Chat {} cannot be reached (blocked or deactivated); recorded", target.chatId());
            frontDesk.unreachable(target.chatKey());
            return false;
        }
        log.warn("Gave up a reply to chat {}: {}", target.chatId(), e.getMessage());
        return true;
    }

    private static Reply.Notice firstNotice(List<Reply> replies) {
        for (Reply reply : replies) {
            if (reply instanceof Reply.Notice notice) {
                return notice;
            }
        }
        return null;
    }
}
