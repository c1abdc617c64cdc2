package org.wearetogether.telegram.internal;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.wearetogether.chat.ChannelSender;

/**
 * A Bot API call that did not succeed, classified for the retry rules.
 *
 * @param errorCode Telegram's {@code error_code}; {@link #NETWORK} when no answer came back, {@link #INVALID} when
 *     the library refused the call before sending it
 */
public final class CallFailed extends Exception {

    static final int NETWORK = -1;
    static final int INVALID = -2;

    private final String method;
    private final int errorCode;
    private final int retryAfterSeconds;
    /** Telegram's {@code parameters.migrate_to_chat_id}: the group became a supergroup with this id; else null. */
    private final Long migrateToChatId;

    CallFailed(String method, int errorCode, int retryAfterSeconds, String description, Throwable cause) {
        this(method, errorCode, retryAfterSeconds, null, description, cause);
    }

    private CallFailed(
            String method,
            int errorCode,
            int retryAfterSeconds,
            Long migrateToChatId,
            String description,
            Throwable cause) {
        super(method + " failed (" + errorCode + "): " + description, cause);
        this.method = method;
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
        this.migrateToChatId = migrateToChatId;
    }

    static CallFailed from(String method, TelegramApiException e) {
        if (e instanceof TelegramApiValidationException) {
            return new CallFailed(method, INVALID, 0, e.getMessage(), e);
        }
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            var parameters = request.getParameters();
            int retryAfter = parameters == null || parameters.getRetryAfter() == null ? 0 : parameters.getRetryAfter();
            Long migrateTo = parameters == null ? null : parameters.getMigrateToChatId();
            return new CallFailed(method, request.getErrorCode(), retryAfter, migrateTo, request.getApiResponse(), e);
        }
        return new CallFailed(method, NETWORK, 0, String.valueOf(e.getMessage()), e);
    }

    public String method() {
        return method;
    }

    public int errorCode() {
        return errorCode;
    }

    /** 5xx and network errors: worth another attempt after a back-off. */
    public boolean isTransient() {
        return errorCode == NETWORK || errorCode >= 500;
    }

    public boolean isRateLimited() {
        return errorCode == 429;
    }

    int retryAfterSeconds() {
        return Math.max(1, retryAfterSeconds);
    }

    /** The person blocked the bot or was deactivated. */
    public boolean isForbidden() {
        return errorCode == 403;
    }

    /** An edit that would leave the message as it is; Telegram refuses it, nothing is wrong. */
    public boolean isNotModified() {
        return errorCode == 400 && String.valueOf(getMessage()).contains("message is not modified");
    }

    /**
     * The chat itself cannot be written to for good: a 403 (the bot was blocked, kicked, or is no member), or a 400
     * that names the chat (not found, upgraded to a supergroup, no right to post). Not a 400 about the message.
     */
    public boolean isChatGone() {
        if (errorCode == 403 || migrateToChatId != null) {
            return true;
        }
        return errorCode == 400
                && CHAT_GONE.matcher(String.valueOf(getMessage())).find();
    }

    private static final java.util.regex.Pattern CHAT_GONE = java.util.regex.Pattern.compile(
            "chat not found|upgraded to a supergroup|not enough rights|have no rights|CHAT_WRITE_FORBIDDEN"
                    + "|CHAT_RESTRICTED|bot was kicked|bot is not a member|need administrator rights",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The chat's new id when the group became a supergroup; null otherwise. */
    public String movedTo() {
        return migrateToChatId == null ? null : String.valueOf(migrateToChatId);
    }

    /** As the channel-neutral failure of posting: passing, about the message, the chat gone, or the chat moved. */
    /**
     * What this failure of an edit means: "not modified" is done already; a network error, a 5xx or a 429 may pass;
     * anything else (400: the message is gone or too old to edit; 403: the bot is blocked) will not.
     */
    ChannelSender.Edited editOutcome() {
        if (isNotModified()) {
            return ChannelSender.Edited.DONE;
        }
        return isTransient() || isRateLimited() ? ChannelSender.Edited.TRY_LATER : ChannelSender.Edited.GIVEN_UP;
    }

    ChannelSender.NotDelivered notDelivered(String what) {
        String message = what + ": " + getMessage();
        if (movedTo() != null) {
            return ChannelSender.NotDelivered.movedTo(message, movedTo());
        }
        if (isChatGone()) {
            return ChannelSender.NotDelivered.chatGone(message);
        }
        return new ChannelSender.NotDelivered(message, !isTransient() && !isRateLimited());
    }
}
