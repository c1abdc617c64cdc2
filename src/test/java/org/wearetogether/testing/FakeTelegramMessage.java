package org.wearetogether.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message the bot sent (as it stands now: edits replace it), as {@link FakeTelegram} recorded it.
 *
 * @param replyMarkup the {@code reply_markup} as sent, or null
 * @param version 0 when sent, +1 per edit
 */
public record FakeTelegramMessage(long chatId, int messageId, String text, JsonNode replyMarkup, int version) {

    /** An inline button. */
    public record Button(String label, String data) {}

    /** Inline buttons row by row; empty when the message has none. */
    public List<List<Button>> inlineKeyboard() {
        List<List<Button>> rows = new ArrayList<>();
        if (replyMarkup == null || !replyMarkup.has("inline_keyboard")) {
            return rows;
        }
        for (JsonNode row : replyMarkup.get("inline_keyboard")) {
            List<Button> buttons = new ArrayList<>();
            row.forEach(b -> buttons.add(
                    new Button(b.path("text").asText(), b.path("callback_data").asText())));
            rows.add(buttons);
        }
        return rows;
    }

    public List<Button> inlineButtons() {
        return inlineKeyboard().stream().flatMap(List::stream).toList();
    }

    public Optional<Button> button(String label) {
        return inlineButtons().stream().filter(b -> b.label().equals(label)).findFirst();
    }

    /** Labels of a reply keyboard (the one replacing the person's keyboard), row by row flattened. */
    public List<String> replyKeyboardLabels() {
        List<String> labels = new ArrayList<>();
        if (replyMarkup != null && replyMarkup.has("keyboard")) {
            replyMarkup
                    .get("keyboard")
                    .forEach(row -> row.forEach(b -> labels.add(b.path("text").asText())));
        }
        return labels;
    }

    public boolean requestsContact() {
        return replyKeyboardFlag("request_contact");
    }

    public boolean requestsLocation() {
        return replyKeyboardFlag("request_location");
    }

    public boolean removesKeyboard() {
        return replyMarkup != null && replyMarkup.path("remove_keyboard").asBoolean(false);
    }

    private boolean replyKeyboardFlag(String flag) {
        if (replyMarkup == null || !replyMarkup.has("keyboard")) {
            return false;
        }
        for (JsonNode row : replyMarkup.get("keyboard")) {
            for (JsonNode button : row) {
                if (button.path(flag).asBoolean(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Bot API {@code Message} object. */
    ObjectNode json(ObjectNode bot) {
        ObjectNode message = FakeTelegramServer.JSON.createObjectNode();
        message.put("message_id", messageId).put("date", FakeTelegramUpdates.now());
        message.set("from", bot);
        // Telegram's group and channel ids are negative, private chat ids (= user ids) positive
        message.set(
                "chat",
                chatId < 0 ? FakeTelegramUpdates.groupChat(chatId) : FakeTelegramUpdates.privateChat(chatId, null));
        message.put("text", text);
        if (replyMarkup != null && replyMarkup.has("inline_keyboard")) {
            message.set("reply_markup", replyMarkup);
        }
        if (version > 0) {
            message.put("edit_date", FakeTelegramUpdates.now());
        }
        return message;
    }
}
