package org.wearetogether.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the JSON of Bot API updates the way Telegram sends them (update_id is added by the fake). */
final class FakeTelegramUpdates {

    private FakeTelegramUpdates() {}

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static ObjectNode object() {
        return FakeTelegramServer.JSON.createObjectNode();
    }

    static ObjectNode user(long id, String firstName, String username, String languageCode) {
        ObjectNode user = object().put("id", id).put("is_bot", false).put("first_name", firstName);
        if (username != null) {
            user.put("username", username);
        }
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    static ObjectNode privateChat(long id, String firstName) {
        ObjectNode chat = object().put("id", id).put("type", "private");
        if (firstName != null) {
            chat.put("first_name", firstName);
        }
        return chat;
    }

    static ObjectNode groupChat(long id) {
        return object().put("id", id).put("type", "supergroup").put("title", "Group " + id);
    }

    static ObjectNode message(int messageId, ObjectNode from, ObjectNode chat) {
        ObjectNode message = object().put("message_id", messageId).put("date", now());
        if (from != null) {
            message.set("from", from);
        }
        message.set("chat", chat);
        return message;
    }

    static void text(ObjectNode message, String text) {
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            int length = end < 0 ? text.length() : end;
            message.putArray("entities")
                    .addObject()
                    .put("type", "bot_command")
                    .put("offset", 0)
                    .put("length", length);
        }
    }

    static ObjectNode file(String id) {
        return object().put("file_id", id).put("file_unique_id", id + "u");
    }

    /** Puts the attachment of a kind ({@code sticker}, {@code photo}, {@code voice}...) on the message. */
    static void attachment(ObjectNode message, String kind) {
        ObjectNode file = file(kind + "-" + message.path("message_id").asInt());
        switch (kind) {
            case "sticker" ->
                message.set(
                        kind,
                        file.put("type", "regular")
                                .put("width", 512)
                                .put("height", 512)
                                .put("is_animated", false)
                                .put("is_video", false)
                                .put("emoji", "\uD83D\uDE00"));
            case "photo" -> message.putArray(kind).add(file.put("width", 90).put("height", 90));
            case "voice", "audio" -> message.set(kind, file.put("duration", 3));
            case "video", "animation" ->
                message.set(kind, file.put("width", 90).put("height", 90).put("duration", 3));
            case "video_note" -> message.set(kind, file.put("length", 90).put("duration", 3));
            case "document" -> message.set(kind, file.put("file_name", "a.pdf"));
            case "dice" ->
                message.set(kind, object().put("emoji", "\uD83C\uDFB2").put("value", 3));
            case "poll" -> message.set(kind, poll());
            default -> throw new IllegalArgumentException("unknown attachment kind " + kind);
        }
    }

    private static ObjectNode poll() {
        ObjectNode poll = object().put("id", "p1").put("question", "?").put("total_voter_count", 0);
        poll.put("is_closed", false).put("is_anonymous", true).put("type", "regular");
        poll.put("allows_multiple_answers", false);
        poll.putArray("options").addObject().put("text", "a").put("voter_count", 0);
        return poll;
    }
}
