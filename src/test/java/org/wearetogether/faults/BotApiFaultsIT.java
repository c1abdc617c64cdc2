package org.wearetogether.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.wearetogether.bench.Crowd;
import org.wearetogether.bench.HelpRequestScript;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramCall;
import org.wearetogether.testing.RunningService;

/**
 * The Bot API failing in bursts while people complete the dialog: 500s, dropped connections (what a timed-out or
 * broken connection looks like to the client) and 429 with {@code retry_after}, on sending, editing, answering presses
 * and polling. Nothing is lost or sent twice, nothing crashes, and each failed call is repeated once, after a pause.
 */
@ExtendWith(OutputCaptureExtension.class)
class BotApiFaultsIT {

    private static final int PEOPLE = 40;

    @TempDir
    Path data;

    @Test
    void burstsOfFailuresLoseNothingAndAreRetriedOnceEachAfterAPause(CapturedOutput output) throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data);
                Crowd crowd = new Crowd(telegram, 5_000)) {
            // bursts shorter than the retry budget (5 attempts), one kind at a time per method
            telegram.serverErrors("getUpdates", 3);
            telegram.serverErrors("sendMessage", 4);
            var run = CompletableFuture.supplyAsync(() -> crowd.completeDialogs(PEOPLE, Duration.ofMinutes(3)));
            awaitAnswers(crowd, PEOPLE * 4L);
            awaitFailures(telegram, "sendMessage", 4);
            telegram.rateLimit("sendMessage", 4, 1);
            telegram.serverErrors("answerCallbackQuery", 4);
            telegram.dropConnections("editMessageText", 4);
            awaitAnswers(crowd, PEOPLE * 8L);
            awaitFailures(telegram, "sendMessage", 8);
            awaitFailures(telegram, "editMessageText", 4);
            telegram.dropConnections("sendMessage", 4);
            telegram.rateLimit("editMessageText", 3, 1);
            telegram.rateLimit("getUpdates", 2, 1);
            awaitAnswers(crowd, PEOPLE * 12L);
            awaitFailures(telegram, "sendMessage", 12);
            telegram.serverErrors("sendMessage", 4);
            telegram.dropConnections("answerCallbackQuery", 3);

            Crowd.Run result = run.get(4, TimeUnit.MINUTES);

            assertThat(result.stuck()).isEmpty();
            assertThat(result.dialogsFinished()).isEqualTo(PEOPLE);
            var requests = service.database().getCollection("requests");
            assertThat(requests.countDocuments()).isEqualTo(PEOPLE);
            requests.find()
                    .forEach(r -> assertThat(r.get("answers", Document.class))
                            .isEqualTo(new Document(HelpRequestScript.expectedAnswers(r))));
            assertThat(telegram.unansweredCallbacks()).isEmpty();
            assertEachFailureRetriedOnceAfterAPause(telegram.calls("sendMessage"), 16);
            assertEachFailureRetriedOnceAfterAPause(telegram.calls("editMessageText"), 7);
            assertNextCallWaitsRetryAfter(telegram.calls("getUpdates"));
            assertThat(telegram.calls("answerCallbackQuery").stream().filter(c -> c.status() != 200))
                    .hasSize(7);
            assertThat(output.getAll()).doesNotContain(" ERROR ");
        }
    }

    /** After a 429 on getUpdates the poller waits retry_after (1 s) before polling again. */
    private static void assertNextCallWaitsRetryAfter(List<FakeTelegramCall> polls) {
        for (int i = 0; i + 1 < polls.size(); i++) {
            if (polls.get(i).status() == 429) {
                long pauseMillis = TimeUnit.NANOSECONDS.toMillis(
                        polls.get(i + 1).answeredAtNanos() - polls.get(i).answeredAtNanos());
                assertThat(pauseMillis).as("pause after a 429 on getUpdates").isGreaterThanOrEqualTo(1000);
            }
        }
    }

    /** A failed call is followed by exactly one equal call, at least the back-off (or retry_after) later. */
    private static void assertEachFailureRetriedOnceAfterAPause(List<FakeTelegramCall> calls, int failures) {
        List<FakeTelegramCall> failed = calls.stream()
                .filter(c -> c.status() != 200 && c.status() != 400)
                .toList();
        assertThat(failed).hasSize(failures);
        for (FakeTelegramCall failure : failed) {
            List<FakeTelegramCall> repeats = calls.stream()
                    .filter(c -> c.answeredAtNanos() > failure.answeredAtNanos() && sameContent(c, failure))
                    .toList();
            assertThat(repeats).as("repeats of %s", failure).isNotEmpty();
            long pauseMillis =
                    TimeUnit.NANOSECONDS.toMillis(repeats.get(0).answeredAtNanos() - failure.answeredAtNanos());
            assertThat(pauseMillis)
                    .as("pause before repeating %s", failure)
                    .isGreaterThanOrEqualTo(minimumPause(failure));
            assertThat(repeats.stream().filter(c -> c.status() == 200))
                    .as("delivered once")
                    .hasSize(1);
        }
    }

    private static long minimumPause(FakeTelegramCall failure) {
        // 429 waits retry_after (1 s); 5xx back off from 500 ms with jitter; a dropped connection is first retried at
        // once by OkHttp on a fresh connection (it cannot tell a stale pooled connection from a failure)
        return switch (failure.status()) {
            case 429 -> 1000;
            case FakeTelegram.DROP -> 0;
            default -> 200;
        };
    }

    private static boolean sameContent(FakeTelegramCall a, FakeTelegramCall b) {
        return a.params().equals(b.params());
    }

    private static void awaitFailures(FakeTelegram telegram, String method, int failures) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (telegram.calls(method).stream()
                                .filter(c -> c.status() != 200 && c.status() != 400)
                                .count()
                        < failures
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static void awaitAnswers(Crowd crowd, long answers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (crowd.answeredSoFar() < answers && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
