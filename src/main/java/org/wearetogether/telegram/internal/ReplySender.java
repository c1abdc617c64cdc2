package org.wearetogether.telegram.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.dialog.Reply;

/**
 * Sends single replies through the Bot API and says what came of each ({@link Sent}); what to do about a failure
 * (keep the reply, park the chat, give up) is {@link DeliveringReplies}' decision. A 429 is not waited out here.
 */
final class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    /** The largest file a bot may upload through the Bot API. */
    static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    /** The longest caption Telegram takes. */
    static final int MAX_CAPTION = 1024;

    private final TelegramCalls calls;

    ReplySender(TelegramCalls calls) {
        this.calls = calls;
    }

    /** What came of sending one reply. */
    sealed interface Sent {

        /** Telegram took it (or it was nothing to send). */
        record Delivered() implements Sent {}

        /** Telegram refused it for good (a 400 other than "not modified"): sending it again cannot help. */
        record Rejected(String reason) implements Sent {}

        /** The person blocked the bot or the chat is gone (403). */
        record Blocked(String reason) implements Sent {}

        /** Telegram asks to send nothing to this chat for {@code retryAfterSeconds} (429). */
        record RateLimited(int retryAfterSeconds) implements Sent {}

        /** No answer or a 5xx even after the retries: the Bot API is down or unreachable. */
        record Failed(String reason) implements Sent {}
    }

    /** Sends one reply; an {@code EditPressed} edits the pressed message when the target has one. */
    Sent send(ReplyTarget target, Reply reply) {
        try {
            if (reply instanceof Reply.Message message) {
                sendMessage(target.chatId(), message.text(), message.keyboard());
            } else if (reply instanceof Reply.EditPressed edit) {
                edit(target, edit);
            } else if (reply instanceof Reply.Notice notice) {
                sendMessage(target.chatId(), notice.text(), Reply.Keyboard.NONE);
            } else if (reply instanceof Reply.Document document) {
                return sendDocument(target.chatId(), document);
            } else if (reply instanceof Reply.Voice voice) {
                return sendVoice(target.chatId(), voice);
            } else if (reply instanceof Reply.Deferred deferred) {
                // the front desk makes these before handing them out; one that got here cannot be made any more
                return new Sent.Rejected("a deferred reply was not made: " + deferred.what());
            }
            return new Sent.Delivered();
        } catch (CallFailed e) {
            return classify(e);
        }
    }

    private static Sent classify(CallFailed e) {
        if (e.isNotModified()) {
            return new Sent.Delivered();
        }
        if (e.isForbidden()) {
            return new Sent.Blocked(e.getMessage());
        }
        if (e.isRateLimited()) {
            return new Sent.RateLimited(e.retryAfterSeconds());
        }
        if (e.isTransient()) {
            return new Sent.Failed(e.getMessage());
        }
        return new Sent.Rejected(e.getMessage());
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
        return editOrExplain(chatId, messageId, message) == ChannelSender.Edited.DONE;
    }

    /** Replaces a message's text and buttons, telling a passing failure from a refusal for good. */
    ChannelSender.Edited editOrExplain(String chatId, String messageId, Reply.Message message) {
        var markup = message.keyboard() instanceof Reply.Keyboard.Inline inline ? Keyboards.inline(inline) : null;
        try {
            calls.call(EditMessageText.builder()
                    .chatId(chatId)
                    .messageId(Integer.valueOf(messageId))
                    .text(message.text())
                    .replyMarkup(markup)
                    .build());
            return ChannelSender.Edited.DONE;
        } catch (CallFailed e) {
            if (!e.isNotModified()) {
                log.info("Could not edit message {} in chat {}: {}", messageId, chatId, e.getMessage());
            }
            return e.editOutcome();
        }
    }

    /**
     * Stops the spinner of a press; a press that is too old to answer is no reason to fail. {@code once}: a single
     * attempt, while the Bot API is known to be down (a press answered late is useless anyway).
     */
    void answerPress(String callbackQueryId, String text, boolean once) {
        var answer = AnswerCallbackQuery.builder()
                .callbackQueryId(callbackQueryId)
                .text(text)
                .build();
        try {
            if (once) {
                calls.once(answer);
            } else {
                calls.callWithoutWaiting(answer);
            }
        } catch (CallFailed e) {
            log.info("Could not answer a button press: {}", e.getMessage());
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
            calls.callWithoutWaiting(SendMessage.builder()
                    .chatId(chatId)
                    .text(chunks.get(i))
                    .replyMarkup(last ? Keyboards.markup(keyboard) : null)
                    .build());
        }
    }

    private Sent sendDocument(String chatId, Reply.Document document) throws CallFailed {
        if (document.content().length > MAX_UPLOAD_BYTES) {
            return new Sent.Rejected("a file of " + document.content().length + " bytes is over Telegram's 50 MB");
        }
        String caption = document.caption();
        String shortCaption =
                caption == null || caption.length() <= MAX_CAPTION ? caption : caption.substring(0, MAX_CAPTION);
        calls.sendDocument(() -> SendDocument.builder()
                .chatId(chatId)
                .document(new InputFile(new java.io.ByteArrayInputStream(document.content()), document.fileName()))
                .caption(shortCaption)
                .build());
        return new Sent.Delivered();
    }

    /**
     * A voice message by its file id. When Telegram refuses the file for good (a 400: the id expired or is unknown),
     * the reply's {@code ifRefused} text goes instead, so the person learns it could not be sent; a passing failure
     * is reported as such and the voice is tried again with the chat's other kept replies.
     */
    private Sent sendVoice(String chatId, Reply.Voice voice) throws CallFailed {
        String caption = voice.caption();
        String shortCaption =
                caption == null || caption.length() <= MAX_CAPTION ? caption : caption.substring(0, MAX_CAPTION);
        try {
            calls.sendVoice(SendVoice.builder()
                    .chatId(chatId)
                    .voice(new InputFile(voice.fileId()))
                    .caption(shortCaption)
                    .build());
            return new Sent.Delivered();
        } catch (CallFailed e) {
            Sent sent = classify(e);
            if (!(sent instanceof Sent.Rejected) || voice.ifRefused() == null) {
                return sent;
            }
            log.info("Telegram refused a voice file for chat {} ({}); telling them in text", chatId, e.getMessage());
            sendMessage(chatId, voice.ifRefused(), Reply.Keyboard.NONE);
            return new Sent.Delivered();
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
        calls.callWithoutWaiting(EditMessageText.builder()
                .chatId(target.chatId())
                .messageId(target.pressedMessageId())
                .text(edit.text())
                .replyMarkup(markup)
                .build());
    }
}
