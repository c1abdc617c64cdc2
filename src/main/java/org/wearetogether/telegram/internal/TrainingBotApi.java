package org.wearetogether.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in Bot API for the training run that makes the start-up cache (README, "Start-up time"): the JDK's HTTP
 * server on 127.0.0.1, a random port, in the service's own JVM. It answers what the channel asks on start ({@code
 * getMe}, {@code deleteWebhook}, {@code setMyCommands}), hands out one private {@code /start} until it is confirmed,
 * and accepts {@code sendMessage}, so that the reply path's classes (reading the update, the chat record, the dialog
 * step, sending) are loaded by the training run and land in the cache. Any other method is answered {@code true}.
 * {@link #awaitAnswered} tells when the {@code /start} was answered and its update confirmed, i.e. processed whole.
 */
final class TrainingBotApi implements AutoCloseable {

    static final String TOKEN = "100000001:training";
    static final long CHAT_ID = 100_000_002L;
    private static final long UPDATE_ID = 1;
    /** How long an empty {@code getUpdates} is held, like a long poll (short: the run ends soon after the reply). */
    private static final long EMPTY_POLL_MILLIS = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong messageIds = new AtomicLong(1000);
    private final AtomicBoolean replied = new AtomicBoolean();
    private final CountDownLatch answered = new CountDownLatch(1);

    private TrainingBotApi(HttpServer server) {
        this.server = server;
    }

    /** Starts the stand-in on a free port of the loopback interface. */
    static TrainingBotApi start() {
        // without it, each round trip to the JDK server waits ~45 ms for Nagle's algorithm; read when the server
        // class loads, so it must be set first (the training JVM is thrown away afterwards)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TrainingBotApi api = new TrainingBotApi(server);
            server.createContext("/", api::handle);
            server.setExecutor(api.executor);
            server.start();
            return api;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the training run's stand-in Bot API", e);
        }
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Whether the {@code /start} was answered and its update confirmed within {@code timeout}. */
    boolean awaitAnswered(Duration timeout) throws InterruptedException {
        return answered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length != 3 || !path[1].equals("bot" + TOKEN)) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            JsonNode params = params(exchange.getRequestBody());
            String result = switch (path[2].toLowerCase(Locale.ROOT)) {
                case "getme" ->
                    "{\"id\":100000001,\"is_bot\":true,\"first_name\":\"Training\","
                            + "\"username\":\"together_training_bot\"}";
                case "getupdates" -> updates(params.path("offset").asLong(0));
                case "sendmessage" -> sent(params.path("chat_id").asLong(0));
                default -> "true";
            };
            respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Like Telegram: the update again until an offset beyond it confirms it, then nothing (after a short wait).
     * Confirmed after a reply means the service processed it whole.
     */
    private String updates(long offset) throws InterruptedException {
        if (offset <= UPDATE_ID) {
            return "[" + startCommand() + "]";
        }
        if (replied.get()) {
            answered.countDown();
        }
        Thread.sleep(EMPTY_POLL_MILLIS);
        return "[]";
    }

    private static String startCommand() {
        long now = Instant.now().getEpochSecond();
        String person =
                "{\"id\":" + CHAT_ID + ",\"is_bot\":false,\"first_name\":\"Training\",\"language_code\":\"ru\"}";
        return "{\"update_id\":" + UPDATE_ID + ",\"message\":{\"message_id\":1,\"date\":" + now + ",\"from\":"
                + person + ",\"chat\":{\"id\":" + CHAT_ID + ",\"type\":\"private\",\"first_name\":\"Training\"},"
                + "\"text\":\"/start\",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":6}]}}";
    }

    private String sent(long chatId) {
        if (chatId == CHAT_ID) {
            replied.set(true);
        }
        return "{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":"
                + Instant.now().getEpochSecond() + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"}}";
    }

    /** The JSON body the library sends (other forms are not needed by what the stand-in reads). */
    private static JsonNode params(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (bytes.length == 0 || bytes[0] != '{') {
            return JSON.createObjectNode();
        }
        return JSON.readTree(bytes);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
