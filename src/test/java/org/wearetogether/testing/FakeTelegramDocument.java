package org.wearetogether.testing;

import java.nio.charset.StandardCharsets;

/**
 * A file the bot uploaded with {@code sendDocument}, as {@link FakeTelegram} received it.
 *
 * @param chatId where it was sent
 * @param messageId the message that carries it
 * @param fileName the upload's file name
 * @param caption the caption, or empty
 * @param content the uploaded bytes
 */
public record FakeTelegramDocument(long chatId, int messageId, String fileName, String caption, byte[] content) {

    /** The content read as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
