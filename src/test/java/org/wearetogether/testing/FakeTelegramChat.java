package org.wearetogether.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/** The messages the bot sent to one chat, with waiting for the next one; its own monitor, so chats do not contend. */
final class FakeTelegramChat {

    enum EditOutcome {
        EDITED,
        NOT_MODIFIED,
        NOT_FOUND
    }

    record Edit(EditOutcome outcome, FakeTelegramMessage message) {}

    /** A message found by {@link #await} and its position in the chat. */
    record Found(int index, FakeTelegramMessage message) {}

    /** Messages a chat keeps when it keeps no history: the dialog edits or answers only its latest ones. */
    private static final int LAST_MESSAGES_WITHOUT_HISTORY = 4;

    private final long chatId;
    private final List<FakeTelegramMessage> messages = new ArrayList<>();

    FakeTelegramChat(long chatId) {
        this.chatId = chatId;
    }

    synchronized void add(FakeTelegramMessage message, boolean keepHistory) {
        messages.add(message);
        if (!keepHistory && messages.size() > LAST_MESSAGES_WITHOUT_HISTORY) {
            messages.subList(0, messages.size() - LAST_MESSAGES_WITHOUT_HISTORY).clear();
        }
        notifyAll();
    }

    /** Edits a message; {@code status} hears the HTTP status before the edit shows, so tests see calls first. */
    synchronized Edit edit(int messageId, String text, JsonNode markup, IntConsumer status) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            FakeTelegramMessage old = messages.get(i);
            if (old.messageId() != messageId) {
                continue;
            }
            if (old.text().equals(text) && Objects.equals(inlineOnly(old.replyMarkup()), inlineOnly(markup))) {
                status.accept(400);
                return new Edit(EditOutcome.NOT_MODIFIED, old);
            }
            var edited = new FakeTelegramMessage(chatId, messageId, text, markup, old.version() + 1);
            status.accept(200);
            messages.set(i, edited);
            notifyAll();
            return new Edit(EditOutcome.EDITED, edited);
        }
        status.accept(400);
        return new Edit(EditOutcome.NOT_FOUND, null);
    }

    private static JsonNode inlineOnly(JsonNode markup) {
        return markup == null || !markup.has("inline_keyboard") ? null : markup;
    }

    /** Drops the stored messages; later ones are added as usual (an edit of a dropped one finds nothing). */
    synchronized void forget() {
        messages.clear();
    }

    synchronized List<FakeTelegramMessage> messages() {
        return List.copyOf(messages);
    }

    synchronized FakeTelegramMessage last() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }

    /** The first message at index {@code from} or later that matches, waiting for it up to the timeout. */
    synchronized Found await(int from, Predicate<FakeTelegramMessage> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = from; i < messages.size(); i++) {
                if (match.test(messages.get(i))) {
                    return new Found(i, messages.get(i));
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching message to chat " + chatId + " within " + timeout
                        + "; messages from #" + from + ": " + texts(from));
            }
            FakeTelegram.waitOn(this, left);
        }
    }

    private List<String> texts(int from) {
        return messages.subList(Math.min(from, messages.size()), messages.size()).stream()
                .map(FakeTelegramMessage::text)
                .toList();
    }
}
