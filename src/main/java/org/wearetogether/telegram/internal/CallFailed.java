package org.wearetogether.telegram.internal;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

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

    CallFailed(String method, int errorCode, int retryAfterSeconds, String description, Throwable cause) {
        super(method + " failed (" + errorCode + "): " + description, cause);
        this.method = method;
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static CallFailed from(String method, TelegramApiException e) {
        if (e instanceof TelegramApiValidationException) {
            return new CallFailed(method, INVALID, 0, e.getMessage(), e);
        }
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            var parameters = request.getParameters();
            int retryAfter = parameters == null || parameters.getRetryAfter() == null ? 0 : parameters.getRetryAfter();
            return new CallFailed(method, request.getErrorCode(), retryAfter, request.getApiResponse(), e);
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
}
