package org.wearetogether.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramMessage;
import org.wearetogether.testing.FakeTelegramUser;

/**
 * Random and hostile updates from a fixed seed: texts of any length and alphabet (up to far past 4096), commands with
 * junk, stickers and other attachments, edits, forged and stale button data, presses on other people's buttons,
 * contacts of other people, odd locations, group and channel noise, membership changes and update kinds the bot does
 * not know.
 */
final class HostileUpdates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ATTACHMENTS = {
        "sticker", "photo", "voice", "video", "video_note", "animation", "document", "audio", "dice", "poll"
    };
    private static final String[] COMMANDS = {
        "start",
        "help",
        "cancel",
        "restart",
        "back",
        "language",
        "language xx",
        "requests",
        "privacy",
        "volunteer",
        "nonsense",
        "start@someone_else_bot",
        "START",
        "requests " + "9".repeat(200)
    };

    private final FakeTelegram telegram;
    private final Random random;
    private final List<FakeTelegramUser> senders;
    private final List<FakeTelegramMessage> othersMessages;

    HostileUpdates(
            FakeTelegram telegram,
            long seed,
            List<FakeTelegramUser> senders,
            List<FakeTelegramMessage> othersMessages) {
        this.telegram = telegram;
        this.random = new Random(seed);
        this.senders = senders;
        this.othersMessages = othersMessages;
    }

    /** Queues one random hostile update; returns its id. */
    long next() {
        FakeTelegramUser from = senders.get(random.nextInt(senders.size()));
        return switch (random.nextInt(14)) {
            case 0, 1 -> from.sendText(text());
            case 2 -> from.sendCommand(COMMANDS[random.nextInt(COMMANDS.length)]);
            case 3 -> from.sendAttachment(ATTACHMENTS[random.nextInt(ATTACHMENTS.length)]);
            case 4 -> {
                from.sendText("first");
                yield from.editLastText(text());
            }
            case 5 -> from.pressData(ownMessage(from), forgedData());
            case 6 -> pressSomeoneElsesButton(from);
            case 7 -> from.shareContact("+7" + (9_000_000_000L + random.nextInt(999_999_999)), random.nextBoolean());
            case 8 -> from.shareLocation(random.nextDouble() * 400 - 200, random.nextDouble() * 400 - 200);
            case 9 -> telegram.groupMessage(-1000 - random.nextInt(5), from, random.nextBoolean() ? "/start" : text());
            case 10 -> telegram.channelPost(-2000 - random.nextInt(5), text());
            case 11 -> telegram.membershipChange(from, random.nextBoolean() ? "kicked" : "member");
            case 12 -> telegram.enqueue(unknownKind());
            default -> from.sendText(text().isEmpty() ? "" : "💥".repeat(1 + random.nextInt(2100)));
        };
    }

    /**
     * The data of a button from someone else's chat, pressed in the stranger's own chat: in a private chat only its
     * owner sees the bot's messages, so copying the data is the only way to press another person's button.
     */
    private long pressSomeoneElsesButton(FakeTelegramUser from) {
        var buttons = othersMessage().inlineButtons();
        String data = buttons.isEmpty()
                ? "d:x:1:o:0"
                : buttons.get(random.nextInt(buttons.size())).data();
        return from.pressData(ownMessage(from), data);
    }

    /** A message of the bot in the sender's own chat (one it really sent, or a made-up old one). */
    private FakeTelegramMessage ownMessage(FakeTelegramUser from) {
        FakeTelegramMessage last = telegram.lastMessageTo(from.id());
        return last != null ? last : new FakeTelegramMessage(from.id(), 1, "old message", null, 0);
    }

    private FakeTelegramMessage othersMessage() {
        return othersMessages.get(random.nextInt(othersMessages.size()));
    }

    private String forgedData() {
        return switch (random.nextInt(5)) {
            case 0 -> "d:" + Long.toHexString(random.nextLong()) + ":1:o:0";
            case 1 -> "m:" + text().substring(0, 0) + random.nextInt();
            case 2 -> "x".repeat(1 + random.nextInt(64));
            case 3 -> "d:::::::";
            default -> "d:" + random.nextInt(99) + ":" + random.nextInt(99) + ":s:" + random.nextInt();
        };
    }

    private String text() {
        int length = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 4096;
            case 2 -> 4097 + random.nextInt(6000);
            default -> 1 + random.nextInt(120);
        };
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoint());
        }
        return text.toString();
    }

    private int codePoint() {
        return switch (random.nextInt(6)) {
            case 0 -> 0x0410 + random.nextInt(64); // Cyrillic
            case 1 -> 0x1F600 + random.nextInt(80); // emoji
            case 2 -> random.nextInt(32); // control characters
            case 3 -> 0x202E; // right-to-left override
            default -> 32 + random.nextInt(95);
        };
    }

    private ObjectNode unknownKind() {
        try {
            return switch (random.nextInt(3)) {
                case 0 -> (ObjectNode) JSON.readTree("{\"poll_answer\":{\"poll_id\":\"p\",\"option_ids\":[0]}}");
                case 1 ->
                    (ObjectNode) JSON.readTree("{\"message_reaction_count\":{\"chat\":{\"id\":1,\"type\":"
                            + "\"private\"},\"message_id\":1,\"date\":0,\"reactions\":[]}}");
                default -> (ObjectNode) JSON.readTree("{\"something_new\":{\"a\":[1,2,{\"b\":null}]}}");
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
