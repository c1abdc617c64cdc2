package org.wearetogether.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One call the bot made to {@link FakeTelegram}.
 *
 * @param method the method name in lower case, e.g. {@code sendmessage}
 * @param params the parameters as JSON (form values as strings)
 * @param status the HTTP status the fake answered with
 * @param answeredAtNanos {@link System#nanoTime()} when the fake answered
 */
public record FakeTelegramCall(String method, ObjectNode params, int status, long answeredAtNanos) {

    public String param(String name) {
        return params.path(name).asText(null);
    }
}
