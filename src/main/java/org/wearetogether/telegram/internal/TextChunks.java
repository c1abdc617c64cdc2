package org.wearetogether.telegram.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits texts longer than Telegram's 4096-character limit, preferably at a line break or a space. */
final class TextChunks {

    static final int TELEGRAM_LIMIT = 4096;

    private TextChunks() {}

    static List<String> split(String text, int limit) {
        List<String> chunks = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            chunks.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || chunks.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }

    private static int cutPoint(String text, int limit) {
        int newline = text.lastIndexOf('\n', limit);
        if (newline > limit / 2) {
            return newline + 1;
        }
        int space = text.lastIndexOf(' ', limit);
        if (space > limit / 2) {
            return space + 1;
        }
        // never cut an emoji (a surrogate pair) in half
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
