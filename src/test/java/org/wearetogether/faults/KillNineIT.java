package org.wearetogether.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.bench.Crowd;
import org.wearetogether.bench.HelpRequestScript;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.RunningService;

/**
 * {@code kill -9} of the service (a child JVM) while conversations are in progress, then a restart on the same data:
 * every person still completes, each dialog is applied exactly as answered (no input lost, none twice, none out of
 * order: a repeated or reordered press would change the answers), each finished request is stored exactly once, and
 * every owed reply arrives; only the replies in flight at the kill may arrive twice, and are counted.
 * {@code -Dfaults.conversations=500} for the full drill ({@code bench/faults.sh}); the default keeps {@code mvn verify}
 * short.
 */
class KillNineIT {

    private static final int CONVERSATIONS = Integer.getInteger("faults.conversations", 30);

    @TempDir
    Path folder;

    @Test
    void aKilledServiceLosesNothingAndAppliesNothingTwiceAfterARestart() throws Exception {
        Path data = folder.resolve("data");
        Path log = folder.resolve("service.log");
        try (FakeTelegram telegram = FakeTelegram.start();
                Crowd crowd = new Crowd(telegram, 1_000)) {
            ServiceProcess first = ServiceProcess.start(telegram, data, log);
            var run = CompletableFuture.supplyAsync(() -> crowd.completeDialogs(CONVERSATIONS, Duration.ofMinutes(4)));
            long killAfter = CONVERSATIONS * HelpRequestScript.STEPS.size() / 3L;
            try {
                awaitAnswers(crowd, killAfter, log);
            } finally {
                first.kill();
            }
            System.out.println("[faults] killed after " + crowd.answeredSoFar() + " answers");
            try (ServiceProcess second = ServiceProcess.start(telegram, data, log)) {
                Crowd.Run result = run.get();
                assertThat(result.stuck())
                        .as("people still waiting for a reply")
                        .isEmpty();
                assertThat(result.dialogsFinished()).isEqualTo(CONVERSATIONS);
                assertThat(telegram.unansweredCallbacks()).isEmpty();
            }
            System.out.println("[faults] replies sent twice (in flight at the kill): " + duplicates(telegram));
        }
        try (FakeTelegram quiet = FakeTelegram.start();
                RunningService service = RunningService.start(quiet, data)) {
            var requests = service.database().getCollection("requests");
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

    /** Messages with the same text and buttons sent twice in a row to a chat: replies re-sent after the restart. */
    private static long duplicates(FakeTelegram telegram) {
        Map<Long, String> last = new HashMap<>();
        long twice = 0;
        for (FakeTelegramCall call : telegram.calls("sendMessage")) {
            if (call.status() != 200) {
                continue;
            }
            String content = call.param("text") + call.params().path("reply_markup");
            if (content.equals(last.put(Long.parseLong(call.param("chat_id")), content))) {
                twice++;
            }
        }
        return twice;
    }
}
