package org.wearetogether.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.RunningService;

/**
 * The store unreachable for 5 seconds while people complete the dialog: the service reaches its store through a
 * proxy that drops every connection and refuses new ones, then listens again. Nothing crashes, every person finishes,
 * each request is stored exactly once with exactly the answers given.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreOutageIT {

    private static final int PEOPLE = 40;

    @TempDir
    Path data;

    @Test
    void aFiveSecondStoreOutageUnderLoadLosesNothingAndTheServiceCatchesUp(CapturedOutput output) throws Exception {
        try (var store = MongoFixtures.inMemory();
                var proxy = new PausableProxy(store.server().getLocalAddress().getPort());
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram, data, "together.storage.uri=mongodb://127.0.0.1:" + proxy.port() + "/together");
                Crowd crowd = new Crowd(telegram, 3_000)) {
            var run = CompletableFuture.supplyAsync(() -> crowd.completeDialogs(PEOPLE, Duration.ofMinutes(3)));
            awaitAnswers(crowd, PEOPLE * 4L);
            proxy.cut();
            long answeredAtCut = crowd.answeredSoFar();
            Thread.sleep(5_000); // the outage itself, not a wait for a result
            long answeredDuringOutage = crowd.answeredSoFar() - answeredAtCut;
            proxy.restore();
            long restored = System.nanoTime();

            Crowd.Run result = run.get(3, TimeUnit.MINUTES);
            System.out.printf(
                    "[faults] answered during the outage: %d; all finished %d ms after the store came back%n",
                    answeredDuringOutage, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restored));

            assertThat(result.stuck()).isEmpty();
            assertThat(result.dialogsFinished()).isEqualTo(PEOPLE);
            Map<String, Integer> perChat = new HashMap<>();
            for (Document request : store.database().getCollection("requests").find()) {
                perChat.merge(request.get("requester", Document.class).getString("chatKey"), 1, Integer::sum);
                assertThat(request.get("answers", Document.class))
                        .isEqualTo(new Document(HelpRequestScript.expectedAnswers(request)));
            }
            assertThat(perChat)
                    .hasSize(PEOPLE)
                    .allSatisfy((chat, count) -> assertThat(count).isOne());
            assertThat(telegram.unansweredCallbacks()).isEmpty();
            assertThat(output.getAll()).doesNotContain(" ERROR ");
        }
    }

    private static void awaitAnswers(Crowd crowd, long answers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (crowd.answeredSoFar() < answers && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
