package org.wearetogether.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.bench.Crowd;
import org.wearetogether.bench.HelpRequestScript;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.MongoFixtures;

/**
 * Two instances (child JVMs) share one store (mongo-java-server in this JVM, as MongoDB would be shared) and one bot.
 * One holds the lease and polls; the other stands by (health UP, role standby) and never polls. Under load, the
 * active one is killed with {@code kill -9}: the standby takes the lease when it lapses and goes on where the dead
 * one stopped. Every person completes, each request is stored exactly once with exactly the answers given, no two
 * instances ever polled at once (Telegram would answer 409), and replies resume within 5 s of the kill (measured
 * and printed, with the part the lease took). {@code -Dfaults.conversations=200} for a longer drill.
 */
class StandbyTakeoverIT {

    private static final int CONVERSATIONS = Integer.getInteger("faults.conversations", 40);
    /** The bound; {@code -Dfaults.replyWithinMs} relaxes it on a machine loaded far beyond its cores. */
    private static final Duration TAKEOVER_LIMIT = Duration.ofMillis(Long.getLong("faults.replyWithinMs", 5_000));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path folder;

    @Test
    void killingTheActiveInstanceLosesNothingAndTheStandbyRepliesWithinFiveSeconds() throws Exception {
        Path log = Path.of("target", "standby-takeover.log"); // kept for a look after a failure
        java.nio.file.Files.deleteIfExists(log);
        try (var store = MongoFixtures.inMemory();
                FakeTelegram telegram = FakeTelegram.start();
                Crowd crowd = new Crowd(telegram, 1_000)) {
            String uri =
                    "mongodb://127.0.0.1:" + store.server().getLocalAddress().getPort() + "/together";
            Instance a = Instance.start("a", telegram, uri, folder, log);
            Instance b = Instance.start("b", telegram, uri, folder, log);
            try {
                Instance leader = awaitOneLeaderAndOneStandby(a, b, log);
                Instance standby = leader == a ? b : a;
                assertThat(standby.health().path("status").asText())
                        .as("a standby is healthy")
                        .isEqualTo("UP");

                var run = CompletableFuture.supplyAsync(
                        () -> crowd.completeDialogs(CONVERSATIONS, Duration.ofMinutes(3)));
                awaitAnswers(crowd, CONVERSATIONS * HelpRequestScript.STEPS.size() / 3L, log);

                Document leaseBefore = lease(store);
                long killedAtMillis = System.currentTimeMillis();
                long killedAt = System.nanoTime();
                leader.process().kill();
                long deadAt = System.nanoTime();
                System.out.println("[faults] killed the active instance (" + leader.name() + ") after "
                        + crowd.answeredSoFar() + " answers");

                Crowd.Run result = run.get(3, TimeUnit.MINUTES);
                long firstReply = firstCallAfter(telegram, "sendMessage", deadAt);
                Duration takeover = Duration.ofNanos(firstReply - killedAt);
                System.out.printf(
                        "[faults] kill -9 of the active instance to the first reply from the standby: %d ms (the "
                                + "lease expired %d ms after the kill and was taken %d ms after it; first getUpdates "
                                + "%d ms after it)%n",
                        takeover.toMillis(),
                        leaseBefore.getDate("expiresAt").getTime() - killedAtMillis,
                        lease(store).getDate("since").getTime() - killedAtMillis,
                        TimeUnit.NANOSECONDS.toMillis(firstCallAfter(telegram, "getUpdates", deadAt) - killedAt));

                assertThat(result.stuck())
                        .as("people still waiting for a reply")
                        .isEmpty();
                assertThat(result.dialogsFinished()).isEqualTo(CONVERSATIONS);
                assertThat(telegram.unansweredCallbacks()).isEmpty();
                assertEachRequestStoredOnceAsAnswered(store.database().getCollection("requests"));
                assertThat(conflicts(telegram))
                        .as("getUpdates calls cut short by another instance's (409 at Telegram)")
                        .isZero();
                assertThat(standby.telegramRole()).isEqualTo("leader");
                assertThat(takeover).isLessThan(TAKEOVER_LIMIT);
            } finally {
                a.process().close();
                b.process().close();
            }
        }
    }

    static Instance awaitOneLeaderAndOneStandby(Instance a, Instance b, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            String roleOfA = a.telegramRole();
            String roleOfB = b.telegramRole();
            if ("leader".equals(roleOfA) && "standby".equals(roleOfB)) {
                return a;
            }
            if ("leader".equals(roleOfB) && "standby".equals(roleOfA)) {
                return b;
            }
            assertThat(a.process().isAlive() && b.process().isAlive())
                    .as("both instances run; see " + log)
                    .isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("no leader and standby within 180 s: a=" + a.telegramRole() + ", b=" + b.telegramRole()
                + "; see " + log);
    }

    private static void awaitAnswers(Crowd crowd, long answers, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (crowd.answeredSoFar() < answers) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service answered only " + crowd.answeredSoFar() + "; see " + log);
            }
            Thread.sleep(20);
        }
    }

    /** When the first successful call of the method after the kill was answered: only the standby lives then. */
    private static long firstCallAfter(FakeTelegram telegram, String method, long deadAt) {
        return telegram.calls(method).stream()
                .filter(c -> c.status() == 200 && c.answeredAtNanos() > deadAt)
                .mapToLong(FakeTelegramCall::answeredAtNanos)
                .min()
                .orElseThrow(() -> new AssertionError("no " + method + " after the kill"));
    }

    private static Document lease(MongoFixtures.InMemoryMongo store) {
        return store.database().getCollection("leases").find().first();
    }

    private static long conflicts(FakeTelegram telegram) {
        return telegram.calls("getUpdates").stream()
                .filter(c -> c.status() == 409)
                .count();
    }

    private static void assertEachRequestStoredOnceAsAnswered(com.mongodb.client.MongoCollection<Document> requests) {
        assertThat(requests.countDocuments()).isEqualTo(CONVERSATIONS);
        Map<String, Integer> perChat = new HashMap<>();
        for (Document request : requests.find()) {
            perChat.merge(request.get("requester", Document.class).getString("chatKey"), 1, Integer::sum);
            assertThat(request.get("answers", Document.class))
                    .isEqualTo(new Document(HelpRequestScript.expectedAnswers(request)));
        }
        assertThat(perChat)
                .hasSize(CONVERSATIONS)
                .allSatisfy((chat, count) -> assertThat(count).isOne());
    }

    /** One instance of the service in a child JVM, with its HTTP port for the health endpoint. */
    record Instance(String name, ServiceProcess process, int port) {

        static Instance start(String name, FakeTelegram telegram, String uri, Path folder, Path log)
                throws IOException {
            return start(name, telegram, uri, folder, log, List.of());
        }

        /** With more arguments ({@code --name=value}) for the service. */
        static Instance start(
                String name, FakeTelegram telegram, String uri, Path folder, Path log, List<String> extraArguments)
                throws IOException {
            int port = freePort();
            List<String> arguments = new java.util.ArrayList<>(List.of(
                    "--management.server.port=" + port,
                    "--together.storage.uri=" + uri,
                    "--together.lease.instance-name=" + name));
            arguments.addAll(extraArguments);
            ServiceProcess process = ServiceProcess.start(telegram, folder.resolve(name), log, arguments);
            return new Instance(name, process, port);
        }

        JsonNode health() {
            try {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
                return JSON.readTree(
                        HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            } catch (IOException e) {
                return JSON.createObjectNode(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        String telegramRole() {
            return health().path("components")
                    .path("telegram")
                    .path("details")
                    .path("role")
                    .asText("");
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
