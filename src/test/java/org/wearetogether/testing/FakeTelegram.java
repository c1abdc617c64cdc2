package org.wearetogether.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * A fake Telegram Bot API server for tests and benchmarks, on 127.0.0.1 at an ephemeral port. It long-polls with
 * Telegram's confirm semantics (an update is dropped once a {@code getUpdates} offset passes it, re-delivered until
 * then), records every call and every message to every chat, simulates users ({@link #user}) and injects faults
 * (429, 5xx, 403 per chat, delays). Thread-safe; no thread per request.
 *
 * <pre>{@code
 * try (var telegram = FakeTelegram.start()) {
 *     // TELEGRAM_API_URL = telegram.apiUrl(), TELEGRAM_BOT_TOKEN = telegram.token()
 *     var anna = telegram.user(1001, "Anna", "ru");
 *     anna.sendCommand("start");
 *     anna.awaitReply(m -> m.text().contains("..."));
 * }
 * }</pre>
 */
public final class FakeTelegram implements AutoCloseable {

    public static final String DEFAULT_TOKEN = "123456:TEST-TOKEN";
    public static final String DEFAULT_BOT_USERNAME = "together_test_bot";
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final String token;
    private final String botUsername;
    private final ObjectNode bot;
    private final FakeTelegramServer server;
    private final FakeTelegramPolling polling = new FakeTelegramPolling();
    private final Map<Long, FakeTelegramChat> chats = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1);
    private final AtomicLong callbackIds = new AtomicLong(1);
    private final ConcurrentLinkedQueue<FakeTelegramCall> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> callCounts = new ConcurrentHashMap<>();
    private final Object callsChanged = new Object();
    private final Map<String, String> answeredCallbacks = new ConcurrentHashMap<>();
    private final Set<String> pressedCallbacks = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonNode> commandsByLanguage = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    private final Set<Long> blockedChats = ConcurrentHashMap.newKeySet();
    private final Map<Long, Long> upgradedGroups = new ConcurrentHashMap<>();
    private final Set<String> brokenMethods = ConcurrentHashMap.newKeySet();
    private final Set<String> expiredFiles = ConcurrentHashMap.newKeySet();
    private final SendWindow sendWindow = new SendWindow();
    private volatile boolean keepHistory = true;
    private final List<FakeTelegramDocument> documents = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Consumer<FakeTelegramMessage>> messageListeners = new CopyOnWriteArrayList<>();

    private record Fault(int code, String description, Integer retryAfter, Long migrateTo) {
        Fault(int code, String description, Integer retryAfter) {
            this(code, description, retryAfter, null);
        }
    }

    /** The status recorded for a call whose connection was dropped without an answer. */
    public static final int DROP = 0;

    private FakeTelegram(String token, String botUsername) {
        this.token = token;
        this.botUsername = botUsername;
        this.bot = FakeTelegramUpdates.object()
                .put("id", 100_000L)
                .put("is_bot", true)
                .put("first_name", "Together Test Bot")
                .put("username", botUsername);
        this.server = new FakeTelegramServer(token, this::handle);
    }

    public static FakeTelegram start() {
        return start(DEFAULT_TOKEN, DEFAULT_BOT_USERNAME);
    }

    public static FakeTelegram start(String token, String botUsername) {
        return new FakeTelegram(token, botUsername);
    }

    public String token() {
        return token;
    }

    public String botUsername() {
        return botUsername;
    }

    /** The value for {@code TELEGRAM_API_URL}. */
    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- simulated users and updates

    /** A person in a private chat with the bot (chat id = user id). */
    public FakeTelegramUser user(long id, String firstName, String languageCode) {
        return new FakeTelegramUser(this, id, firstName, "user" + id, languageCode);
    }

    /** Queues an update (without {@code update_id}: it is assigned) and returns its id. */
    public long enqueue(ObjectNode update) {
        return polling.enqueue(update);
    }

    /** Delivers an update again in the next {@code getUpdates}, whatever the offset (a duplicate delivery). */
    public void deliverAgain(long updateId) {
        polling.deliverAgain(updateId);
    }

    /** A message in a group chat by {@code from}, e.g. "hello" or "/start@together_test_bot". */
    public long groupMessage(long groupId, FakeTelegramUser from, String text) {
        ObjectNode message =
                FakeTelegramUpdates.message(nextMessageId(), from.json(), FakeTelegramUpdates.groupChat(groupId));
        FakeTelegramUpdates.text(message, text);
        return enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    /** A member's text in a group, sent as a reply to one of the bot's messages there (Telegram's swipe-to-reply). */
    public long groupReply(long groupId, FakeTelegramUser from, FakeTelegramMessage repliedTo, String text) {
        ObjectNode message =
                FakeTelegramUpdates.message(nextMessageId(), from.json(), FakeTelegramUpdates.groupChat(groupId));
        FakeTelegramUpdates.text(message, text);
        message.set("reply_to_message", repliedTo.json(bot));
        return enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    /** A post in a channel the bot belongs to. */
    public long channelPost(long channelId, String text) {
        ObjectNode chat = FakeTelegramUpdates.object()
                .put("id", channelId)
                .put("type", "channel")
                .put("title", "C");
        ObjectNode post = FakeTelegramUpdates.message(nextMessageId(), null, chat);
        post.put("text", text);
        return enqueue(FakeTelegramUpdates.object().set("channel_post", post));
    }

    /** The bot was blocked or unblocked in a private chat ({@code my_chat_member}). */
    public long membershipChange(FakeTelegramUser user, String newStatus) {
        ObjectNode change = FakeTelegramUpdates.object().put("date", FakeTelegramUpdates.now());
        change.set("chat", FakeTelegramUpdates.privateChat(user.id(), user.firstName()));
        change.set("from", user.json());
        change.set(
                "old_chat_member",
                FakeTelegramUpdates.object().put("status", "member").set("user", bot));
        change.set(
                "new_chat_member",
                FakeTelegramUpdates.object().put("status", newStatus).set("user", bot));
        return enqueue(FakeTelegramUpdates.object().set("my_chat_member", change));
    }

    /**
     * The bot's own membership in a group changed ({@code my_chat_member}), by {@code by}: {@code newStatus} is
     * {@code member}, {@code administrator}, {@code left} (removed), {@code kicked} (banned) or {@code restricted}
     * (then without the right to send messages).
     */
    public long botMembership(long groupId, FakeTelegramUser by, String oldStatus, String newStatus) {
        ObjectNode change = FakeTelegramUpdates.object().put("date", FakeTelegramUpdates.now());
        change.set("chat", FakeTelegramUpdates.groupChat(groupId));
        change.set("from", by.json());
        change.set(
                "old_chat_member",
                FakeTelegramUpdates.object().put("status", oldStatus).set("user", bot));
        ObjectNode now = FakeTelegramUpdates.object().put("status", newStatus);
        now.set("user", bot);
        if (newStatus.equals("restricted")) {
            now.put("is_member", true).put("can_send_messages", false).put("until_date", 0);
        }
        change.set("new_chat_member", now);
        return enqueue(FakeTelegramUpdates.object().set("my_chat_member", change));
    }

    /**
     * The group became a supergroup with a new id: from now on messages and edits to the old id answer 400 with
     * {@code migrate_to_chat_id}, as Telegram does. No update is sent (see {@link #migrationMessage}).
     */
    public void upgradeToSupergroup(long groupId, long supergroupId) {
        upgradedGroups.put(groupId, supergroupId);
    }

    /** The service message Telegram posts in the old group when it becomes a supergroup ({@code migrate_to_chat_id}). */
    public long migrationMessage(long groupId, long supergroupId, FakeTelegramUser by) {
        ObjectNode chat = FakeTelegramUpdates.object()
                .put("id", groupId)
                .put("type", "group")
                .put("title", "Group " + groupId);
        ObjectNode message = FakeTelegramUpdates.message(nextMessageId(), by.json(), chat);
        message.put("migrate_to_chat_id", supergroupId);
        return enqueue(FakeTelegramUpdates.object().set("message", message));
    }

    /** Updates handed out by getUpdates so far, re-deliveries of unconfirmed ones included. */
    public long deliveredUpdates() {
        return polling.delivered();
    }

    /**
     * Hears, for every update, how long it waited in the fake (nanoseconds) before a {@code getUpdates} first handed it
     * out: the part of a reply's latency spent before the service had the update. Called on the server's I/O thread.
     */
    public void onFirstDelivery(LongConsumer waitedNanos) {
        polling.onFirstDelivery(waitedNanos);
    }

    /** Updates queued and not yet confirmed by an offset. */
    public int unconfirmedUpdates() {
        return polling.unconfirmed();
    }

    /** The highest offset any {@code getUpdates} sent. */
    public long confirmedOffset() {
        return polling.confirmedOffset();
    }

    int nextMessageId() {
        return messageIds.getAndIncrement();
    }

    String nextCallbackId() {
        String id = "cq" + callbackIds.getAndIncrement();
        pressedCallbacks.add(id);
        return id;
    }

    ObjectNode bot() {
        return bot;
    }

    // ---- what the bot sent

    public List<FakeTelegramMessage> messagesTo(long chatId) {
        return chat(chatId).messages();
    }

    /** The last message to the chat, or null. */
    public FakeTelegramMessage lastMessageTo(long chatId) {
        return chat(chatId).last();
    }

    /** Waits for a message to the chat (sent or edited, at any time) that matches; fails after the timeout. */
    public FakeTelegramMessage awaitMessage(long chatId, Predicate<FakeTelegramMessage> match, Duration timeout) {
        return chat(chatId).await(0, match, timeout).message();
    }

    /** Waits until the chat received at least {@code count} messages; returns them all. */
    public List<FakeTelegramMessage> awaitMessages(long chatId, int count, Duration timeout) {
        chat(chatId).await(count - 1, m -> true, timeout);
        return messagesTo(chatId);
    }

    /**
     * Hears every message the bot sends or edits, right after it is stored, on the server's I/O thread (keep the
     * listener short and never block in it). For benchmarks that drive many users without a thread each.
     */
    public void onMessage(Consumer<FakeTelegramMessage> listener) {
        messageListeners.add(listener);
    }

    /** Drops the messages stored so far for every chat (calls and counts stay), so a long run holds no history. */
    public void forgetMessages() {
        chats.values().forEach(FakeTelegramChat::forget);
    }

    private void announce(FakeTelegramMessage message) {
        for (var listener : messageListeners) {
            listener.accept(message);
        }
    }

    FakeTelegramChat chat(long chatId) {
        return chats.computeIfAbsent(chatId, FakeTelegramChat::new);
    }

    public List<FakeTelegramCall> calls() {
        return List.copyOf(calls);
    }

    public List<FakeTelegramCall> calls(String method) {
        String name = method.toLowerCase(java.util.Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(name)).toList();
    }

    /** Calls of a method so far, counted even when recording is off. */
    public int callCount(String method) {
        var count = callCounts.get(method.toLowerCase(java.util.Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    /** Waits for a recorded call of the method whose parameters match. */
    public FakeTelegramCall awaitCall(String method, Predicate<FakeTelegramCall> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (callsChanged) {
            while (true) {
                for (FakeTelegramCall call : calls(method)) {
                    if (match.test(call)) {
                        return call;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "no " + method + " call matched within " + timeout + "; calls: " + calls(method));
                }
                waitOn(callsChanged, left);
            }
        }
    }

    /**
     * Keeps the call log, every update (for {@link #deliverAgain}) and every message of each chat. Off for
     * benchmarks: a long run then holds the counts and each chat's last few messages (enough to press their buttons
     * and edit them) and nothing else; history held through a run lives long enough for every young GC to copy it,
     * which showed as the service's pauses.
     */
    public void keepHistory(boolean on) {
        keepHistory = on;
        polling.keepDelivered(on);
    }

    /** Answers to button presses: callback query id to text ("" when answered without text). */
    public Map<String, String> answeredCallbacks() {
        return Map.copyOf(answeredCallbacks);
    }

    /** Presses made by simulated users that the bot has not answered (yet). */
    public Set<String> unansweredCallbacks() {
        Set<String> open = ConcurrentHashMap.newKeySet();
        open.addAll(pressedCallbacks);
        open.removeAll(answeredCallbacks.keySet());
        return open;
    }

    /** The command menu as set by {@code setMyCommands}, by {@code language_code} ("" = default). */
    public Map<String, JsonNode> commandsByLanguage() {
        return Map.copyOf(commandsByLanguage);
    }

    // ---- faults

    /** The next {@code calls} calls of the method answer 429 with {@code retry_after}. */
    public void rateLimit(String method, int calls, int retryAfterSeconds) {
        addFaults(
                method,
                calls,
                new Fault(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds));
    }

    /** The next {@code calls} calls of the method answer 500. */
    public void serverErrors(String method, int calls) {
        addFaults(method, calls, new Fault(500, "Internal Server Error", null));
    }

    /**
     * The next {@code calls} calls of the method get no answer: the connection is closed as soon as the request has
     * arrived, as when the network or a proxy in between fails (the client sees an I/O error). Nothing is done.
     */
    public void dropConnections(String method, int calls) {
        addFaults(method, calls, new Fault(DROP, "connection dropped", null));
    }

    /**
     * Messages to any chat beyond {@code perSecond} within any second answer 429 with {@code retry_after}, as Telegram
     * does for a bot sending in bulk; {@code 0} lifts the limit.
     */
    public void limitSendRate(int perSecond, int retryAfterSeconds) {
        sendWindow.limit(perSecond, retryAfterSeconds);
    }

    /** Every call of the method answers 500 until {@link #restore} (an outage of that part of the Bot API). */
    public void breakDown(String method) {
        brokenMethods.add(method.toLowerCase(java.util.Locale.ROOT));
    }

    public void restore(String method) {
        brokenMethods.remove(method.toLowerCase(java.util.Locale.ROOT));
    }

    /** Messages and edits to the chat answer 403, as when the person blocked the bot. */
    public void block(long chatId) {
        blockedChats.add(chatId);
    }

    public void unblock(long chatId) {
        blockedChats.remove(chatId);
    }

    /** Every call of the method is answered after the delay (no thread is held meanwhile). */
    public void delay(String method, Duration delay) {
        delays.put(method.toLowerCase(java.util.Locale.ROOT), delay.toMillis());
    }

    private void addFaults(String method, int count, Fault fault) {
        var queue =
                faults.computeIfAbsent(method.toLowerCase(java.util.Locale.ROOT), m -> new ConcurrentLinkedDeque<>());
        for (int i = 0; i < count; i++) {
            queue.add(fault);
        }
    }

    // ---- the Bot API

    private void handle(String method, ObjectNode params, FakeTelegramServer.Reply reply) {
        Long delay = delays.get(method);
        if (delay != null && delay > 0) {
            reply.after(delay, () -> answer(method, params, reply));
        } else {
            answer(method, params, reply);
        }
    }

    private void answer(String method, ObjectNode params, FakeTelegramServer.Reply reply) {
        var recording = new RecordingReply(method, params, reply);
        Fault fault = faultFor(method, params);
        if (fault != null && fault.code() == DROP) {
            recording.record(DROP);
            reply.drop();
            return;
        }
        if (fault != null) {
            recording.error(fault.code(), fault.description(), fault.retryAfter(), fault.migrateTo());
            return;
        }
        switch (method) {
            case "getme" -> recording.ok(bot);
            case "getupdates" -> polling.getUpdates(params, recording);
            case "sendmessage" -> sendMessage(params, recording);
            case "sendphoto" -> sendPhoto(params, recording);
            case "senddocument" -> sendDocument(params, recording);
            case "sendvoice" -> sendVoice(params, recording);
            case "editmessagetext" -> editMessageText(params, recording);
            case "answercallbackquery" -> {
                answeredCallbacks.put(
                        params.path("callback_query_id").asText(),
                        params.path("text").asText(""));
                recording.ok(BooleanNode.TRUE);
            }
            case "setmycommands" -> {
                commandsByLanguage.put(params.path("language_code").asText(""), params.path("commands"));
                recording.ok(BooleanNode.TRUE);
            }
            default -> recording.ok(BooleanNode.TRUE);
        }
    }

    private Fault faultFor(String method, ObjectNode params) {
        boolean send = method.equals("sendmessage")
                || method.equals("sendphoto")
                || method.equals("senddocument")
                || method.equals("sendvoice");
        boolean toChat = send || method.equals("editmessagetext");
        if (brokenMethods.contains(method)) {
            return new Fault(500, "Internal Server Error", null);
        }
        if (toChat && blockedChats.contains(params.path("chat_id").asLong())) {
            return new Fault(403, "Forbidden: bot was blocked by the user", null);
        }
        Long supergroup = toChat ? upgradedGroups.get(params.path("chat_id").asLong()) : null;
        if (supergroup != null) {
            return new Fault(400, "Bad Request: group chat was upgraded to a supergroup chat", null, supergroup);
        }
        Integer retryAfter = send ? sendWindow.admit() : null;
        if (retryAfter != null) {
            return new Fault(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
        }
        var queue = faults.get(method);
        return queue == null ? null : queue.poll();
    }

    private void sendMessage(ObjectNode params, RecordingReply reply) {
        String text = params.path("text").asText("");
        String invalid = invalidMessage(text, params.get("reply_markup"));
        if (invalid != null) {
            reply.error(400, invalid, null);
            return;
        }
        long chatId = params.path("chat_id").asLong();
        var message = new FakeTelegramMessage(chatId, nextMessageId(), text, params.get("reply_markup"), 0);
        reply.record(200); // before the message shows, so a test that saw it also sees the call
        chat(chatId).add(message, keepHistory);
        announce(message);
        reply.ok(message.json(bot));
    }

    /** A photo by {@code file_id} (the fake keeps no files); the caption shows as the message's text. */
    private void sendPhoto(ObjectNode params, RecordingReply reply) {
        String caption = params.path("caption").asText("");
        if (params.path("photo").asText("").isEmpty() || caption.length() > 1024) {
            reply.error(
                    400,
                    caption.length() > 1024
                            ? "Bad Request: message caption is too long"
                            : "Bad Request: there is no photo in the request",
                    null);
            return;
        }
        long chatId = params.path("chat_id").asLong();
        var message = new FakeTelegramMessage(chatId, nextMessageId(), caption, params.get("reply_markup"), 0);
        reply.record(200);
        chat(chatId).add(message, keepHistory);
        announce(message);
        reply.ok(message.json(bot));
    }

    /**
     * A voice message by {@code file_id} (the fake keeps no files); the caption shows as the message's text. A file
     * id made unknown by {@link #expireFile} is refused with Telegram's 400.
     */
    private void sendVoice(ObjectNode params, RecordingReply reply) {
        String caption = params.path("caption").asText("");
        String fileId = params.path("voice").asText("");
        if (fileId.isEmpty() || fileId.startsWith("attach://") || expiredFiles.contains(fileId)) {
            reply.error(400, "Bad Request: wrong file identifier/HTTP URL specified", null);
            return;
        }
        if (caption.length() > 1024) {
            reply.error(400, "Bad Request: message caption is too long", null);
            return;
        }
        long chatId = params.path("chat_id").asLong();
        var message = new FakeTelegramMessage(chatId, nextMessageId(), caption, params.get("reply_markup"), 0);
        reply.record(200);
        chat(chatId).add(message, keepHistory);
        announce(message);
        reply.ok(message.json(bot));
    }

    /** From now on {@code sendVoice} with this file id is refused (400), as when Telegram no longer has the file. */
    public void expireFile(String fileId) {
        expiredFiles.add(fileId);
    }

    /** An uploaded file (multipart); the caption shows as the message's text, the file in {@link #documents}. */
    private void sendDocument(ObjectNode params, RecordingReply reply) {
        String caption = params.path("caption").asText("");
        // the library sends the file as its own part and names it in "document" as attach://<part>
        String document = params.path("document").asText("");
        String part = document.startsWith("attach://") ? document.substring("attach://".length()) : "document";
        String fileName = part.equals("document") ? document : params.path(part).asText(part);
        JsonNode bytes = params.get(part + FakeTelegramServer.BYTES);
        if (bytes == null || caption.length() > 1024) {
            reply.error(
                    400,
                    caption.length() > 1024
                            ? "Bad Request: message caption is too long"
                            : "Bad Request: there is no document in the request",
                    null);
            return;
        }
        long chatId = params.path("chat_id").asLong();
        var message = new FakeTelegramMessage(chatId, nextMessageId(), caption, params.get("reply_markup"), 0);
        byte[] content;
        try {
            content = bytes.binaryValue();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        documents.add(new FakeTelegramDocument(chatId, message.messageId(), fileName, caption, content));
        reply.record(200);
        chat(chatId).add(message, keepHistory);
        announce(message);
        reply.ok(message.json(bot));
    }

    /** The files uploaded to a chat so far, oldest first. */
    public List<FakeTelegramDocument> documents(long chatId) {
        return documents.stream().filter(d -> d.chatId() == chatId).toList();
    }

    /** Waits until at least {@code count} files were uploaded to the chat; returns them all, oldest first. */
    public List<FakeTelegramDocument> awaitDocuments(long chatId, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (documents(chatId).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " files reached chat " + chatId + " within " + timeout
                        + ": " + documents(chatId));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return documents(chatId);
    }

    private void editMessageText(ObjectNode params, RecordingReply reply) {
        String text = params.path("text").asText("");
        String invalid = invalidMessage(text, params.get("reply_markup"));
        if (invalid != null) {
            reply.error(400, invalid, null);
            return;
        }
        FakeTelegramChat chat = chat(params.path("chat_id").asLong());
        var edited = chat.edit(params.path("message_id").asInt(), text, params.get("reply_markup"), reply::record);
        switch (edited.outcome()) {
            case NOT_FOUND -> reply.error(400, "Bad Request: message to edit not found", null);
            case NOT_MODIFIED ->
                reply.error(
                        400,
                        "Bad Request: message is not modified: specified new message content and reply markup are "
                                + "exactly the same as a current content and reply markup of the message",
                        null);
            case EDITED -> {
                announce(edited.message());
                reply.ok(edited.message().json(bot));
            }
        }
    }

    private static String invalidMessage(String text, JsonNode markup) {
        if (text.isEmpty()) {
            return "Bad Request: message text is empty";
        }
        if (text.length() > 4096) {
            return "Bad Request: message is too long";
        }
        if (markup != null && markup.has("inline_keyboard")) {
            for (JsonNode row : markup.get("inline_keyboard")) {
                for (JsonNode button : row) {
                    int bytes = button.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > 64) {
                        return "Bad Request: BUTTON_DATA_INVALID";
                    }
                }
            }
        }
        return null;
    }

    /** Records the call with the status it was answered with, then answers. */
    private final class RecordingReply implements FakeTelegramServer.Reply {
        private final String method;
        private final ObjectNode params;
        private final FakeTelegramServer.Reply reply;
        private boolean recorded;

        RecordingReply(String method, ObjectNode params, FakeTelegramServer.Reply reply) {
            this.method = method;
            this.params = params;
            this.reply = reply;
        }

        @Override
        public void ok(JsonNode result) {
            record(200);
            reply.ok(result);
        }

        @Override
        public void error(int code, String description, Integer retryAfter, Long migrateToChatId) {
            record(code);
            reply.error(code, description, retryAfter, migrateToChatId);
        }

        @Override
        public void after(long millis, Runnable answer) {
            reply.after(millis, answer);
        }

        @Override
        public void drop() {
            reply.drop();
        }

        /** Records the call once; an edit that fails after recording keeps the status recorded first. */
        void record(int status) {
            if (recorded) {
                return;
            }
            recorded = true;
            callCounts.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
            if (keepHistory) {
                calls.add(new FakeTelegramCall(method, params, status, System.nanoTime()));
            }
            synchronized (callsChanged) {
                callsChanged.notifyAll();
            }
        }
    }

    static void waitOn(Object monitor, long nanos) {
        try {
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    static ArrayNode array() {
        return FakeTelegramServer.JSON.createArrayNode();
    }

    static List<FakeTelegramMessage> copy(List<FakeTelegramMessage> messages) {
        return new ArrayList<>(messages);
    }

    /** Telegram's bulk limit: at most so many messages within any one second, over all chats. */
    private static final class SendWindow {
        private final java.util.ArrayDeque<Long> admitted = new java.util.ArrayDeque<>();
        private int perSecond;
        private int retryAfter;

        synchronized void limit(int perSecond, int retryAfterSeconds) {
            this.perSecond = perSecond;
            this.retryAfter = retryAfterSeconds;
            admitted.clear();
        }

        /** Null when the message may go now, else the retry_after to answer with. */
        synchronized Integer admit() {
            if (perSecond <= 0) {
                return null;
            }
            long now = System.nanoTime();
            while (!admitted.isEmpty() && now - admitted.peekFirst() >= 1_000_000_000L) {
                admitted.pollFirst();
            }
            if (admitted.size() >= perSecond) {
                return retryAfter;
            }
            admitted.addLast(now);
            return null;
        }
    }
}
