package org.wearetogether.dialog.internal.runtime;

import java.nio.charset.StandardCharsets;

/**
 * The callback data of an engine button: {@code d:<conversationId>:<prompt>:<payload>}, at most 64 bytes. The
 * conversation id and prompt bind a button to one question of one conversation.
 */
record ButtonData(String conversationId, int prompt, String payload) {

    static final String PREFIX = "d:";
    static final int MAX_BYTES = 64;

    String encode() {
        String data = PREFIX + conversationId + ':' + prompt + ':' + payload;
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalStateException("Button data longer than 64 bytes: " + data);
        }
        return data;
    }

    /** The data's parts, or null when it does not have the shape of engine button data. */
    static ButtonData parse(String data) {
        if (data == null || !data.startsWith(PREFIX)) {
            return null;
        }
        int idEnd = data.indexOf(':', PREFIX.length());
        int promptEnd = idEnd < 0 ? -1 : data.indexOf(':', idEnd + 1);
        if (promptEnd < 0 || promptEnd == data.length() - 1) {
            return null;
        }
        try {
            int prompt = Integer.parseInt(data, idEnd + 1, promptEnd, 10);
            return new ButtonData(data.substring(PREFIX.length(), idEnd), prompt, data.substring(promptEnd + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
