package org.wearetogether.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * A simulated person in a private chat with the bot (chat id = user id). Each action queues an update and returns
 * its {@code update_id}. {@link #awaitReply} reads the bot's messages in order: each call waits for the next matching
 * message after the one the previous call returned.
 */
public final class FakeTelegramUser {

    private final FakeTelegram telegram;
    private final long id;
    private final String firstName;
    private final String username;
    private final String languageCode;
    private int readUpTo;
    private ObjectNode lastSent;

    FakeTelegramUser(FakeTelegram telegram, long id, String firstName, String username, String languageCode) {
        this.telegram = telegram;
        this.id = id;
        this.firstName = firstName;
        this.username = username;
        this.languageCode = languageCode;
    }

    public long id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    ObjectNode json() {
        return FakeTelegramUpdates.user(id, firstName, username, languageCode);
    }

    public long sendText(String text) {
        ObjectNode message = newMessage();
        FakeTelegramUpdates.text(message, text);
        lastSent = message;
        return telegram.enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    /** Text with formatting: each span is {@code {type, offset, length}} as Telegram's entities. */
    public long sendFormatted(String text, ObjectNode... entities) {
        ObjectNode message = newMessage();
        message.put("text", text);
        var array = message.putArray("entities");
        for (ObjectNode entity : entities) {
            array.add(entity);
        }
        lastSent = message;
        return telegram.enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    /** A photo (its {@code file_id}) with a caption. */
    public long sendPhoto(String fileId, String caption) {
        ObjectNode message = newMessage();
        message.putArray("photo")
                .add(FakeTelegramUpdates.object()
                        .put("file_id", fileId)
                        .put("file_unique_id", "u-" + fileId)
                        .put("width", 800)
                        .put("height", 600));
        message.put("caption", caption);
        return telegram.enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    /** A voice message: its {@code file_id} and length, as Telegram hands it to the bot (the fake keeps no audio). */
    public long sendVoice(String fileId, int seconds) {
        ObjectNode message = newMessage();
        message.set(
                "voice",
                FakeTelegramUpdates.object()
                        .put("file_id", fileId)
                        .put("file_unique_id", "u-" + fileId)
                        .put("duration", seconds)
                        .put("mime_type", "audio/ogg"));
        lastSent = message;
        return telegram.enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    /** One entity for {@link #sendFormatted}. */
    public static ObjectNode entity(String type, int offset, int length) {
        return FakeTelegramUpdates.object()
                .put("type", type)
                .put("offset", offset)
                .put("length", length);
    }

    /** A command, e.g. {@code sendCommand("start")} or {@code sendCommand("language en")}. */
    public long sendCommand(String commandAndArgs) {
        return sendText("/" + commandAndArgs);
    }

    /** Presses the inline button with this label on the latest message to this chat that has it. */
    public long press(String label) {
        List<FakeTelegramMessage> messages = telegram.messagesTo(id);
        for (int i = messages.size() - 1; i >= 0; i--) {
            var button = messages.get(i).button(label);
            if (button.isPresent()) {
                return pressData(messages.get(i), button.get().data());
            }
        }
        throw new AssertionError(
                "no button '" + label + "' in chat " + id + "; last message: " + telegram.lastMessageTo(id));
    }

    /** Presses a button with any data (also forged or stale) under the given message of the bot. */
    public long pressData(FakeTelegramMessage under, String data) {
        ObjectNode press = FakeTelegramUpdates.object()
                .put("id", telegram.nextCallbackId())
                .put("chat_instance", "ci" + id)
                .put("data", data);
        press.set("from", json());
        press.set("message", under.json(telegram.bot()));
        return telegram.enqueue(FakeTelegramUpdates.object().set("callback_query", press));
    }

    /** Shares a contact card: their own (with their user id) or someone else's (without). */
    public long shareContact(String phone, boolean own) {
        ObjectNode message = newMessage();
        ObjectNode contact =
                FakeTelegramUpdates.object().put("phone_number", phone).put("first_name", firstName);
        if (own) {
            contact.put("user_id", id);
        }
        message.set("contact", contact);
        return telegram.enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    public long shareLocation(double latitude, double longitude) {
        ObjectNode message = newMessage();
        message.set(
                "location",
                FakeTelegramUpdates.object().put("latitude", latitude).put("longitude", longitude));
        return telegram.enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    /**
     * Sends something that is not text: {@code sticker}, {@code photo}, {@code voice}, {@code video},
     * {@code video_note}, {@code animation}, {@code document}, {@code audio}, {@code dice} or {@code poll}.
     */
    public long sendAttachment(String kind) {
        ObjectNode message = newMessage();
        FakeTelegramUpdates.attachment(message, kind);
        return telegram.enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    public long sendSticker() {
        return sendAttachment("sticker");
    }

    /** Edits the last text this user sent ({@code edited_message}). */
    public long editLastText(String newText) {
        if (lastSent == null) {
            throw new IllegalStateException("nothing sent to edit");
        }
        ObjectNode edited = lastSent.deepCopy();
        edited.put("text", newText).put("edit_date", FakeTelegramUpdates.now());
        return telegram.enqueue(FakeTelegramUpdates.object().set("edited_message", edited));
    }

    /** The next message to this chat (after the one the previous call returned) that matches. */
    public FakeTelegramMessage awaitReply(Predicate<FakeTelegramMessage> match) {
        return awaitReply(match, FakeTelegram.DEFAULT_WAIT);
    }

    public FakeTelegramMessage awaitReply(Predicate<FakeTelegramMessage> match, Duration timeout) {
        var found = telegram.chat(id).await(readUpTo, match, timeout);
        readUpTo = found.index() + 1;
        return found.message();
    }

    public FakeTelegramMessage awaitReplyContaining(String text) {
        return awaitReply(m -> m.text().contains(text));
    }

    public List<FakeTelegramMessage> messages() {
        return telegram.messagesTo(id);
    }

    public FakeTelegramMessage lastMessage() {
        return telegram.lastMessageTo(id);
    }

    private ObjectNode newMessage() {
        return FakeTelegramUpdates.message(
                telegram.nextMessageId(), json(), FakeTelegramUpdates.privateChat(id, firstName));
    }
}
