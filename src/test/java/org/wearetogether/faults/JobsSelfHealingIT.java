package org.wearetogether.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.RunningService;

/**
 * The store out of reach for longer than {@code together.jobs.unhealthy-after}: the background jobs fail, back off,
 * and the {@code jobs} health entry goes DOWN; when the store returns they run again and it is UP, with no restart.
 */
class JobsSelfHealingIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void jobsHealthGoesDownWhileTheStoreIsAwayAndUpWhenTheJobsRunAgain() throws Exception {
        try (var store = MongoFixtures.inMemory();
                var proxy = new PausableProxy(store.server().getLocalAddress().getPort());
                FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(
                        telegram,
                        data,
                        "together.storage.uri=mongodb://127.0.0.1:" + proxy.port() + "/together",
                        "together.storage.server-selection-timeout=1s",
                        "together.hq.sweep-interval=200ms",
                        "together.jobs.unhealthy-after=3s",
                        "together.jobs.max-back-off=2s")) {
            String base = "http://127.0.0.1:" + service.bean(Environment.class).getProperty("local.management.port");
            awaitJobs(base, jobs -> jobs.path("details").path("hq-sweeps").has("lastRun"), "a first sweep");
            assertThat(jobs(base).path("status").asText()).isEqualTo("UP");

            proxy.cut();
            long cut = System.nanoTime();
            JsonNode down = awaitJobs(base, jobs -> jobs.path("status").asText().equals("DOWN"), "jobs DOWN");
            long downAfterMs = Duration.ofNanos(System.nanoTime() - cut).toMillis();
            JsonNode unhealthy = null;
            for (JsonNode job : down.path("details")) {
                if (job.has("healthy") && !job.path("healthy").asBoolean()) {
                    unhealthy = job;
                }
            }
            assertThat(unhealthy).as("a job marked unhealthy in %s", down).isNotNull();
            assertThat(unhealthy.path("state").asText()).isIn("failing", "running");
            assertThat(unhealthy.path("failuresInARow").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(unhealthy.path("lastError").asText()).contains("MongoTimeoutException");

            proxy.restore();
            long restored = System.nanoTime();
            awaitJobs(base, jobs -> jobs.path("status").asText().equals("UP"), "jobs UP again");
            long upAfterMs = Duration.ofNanos(System.nanoTime() - restored).toMillis();
            for (JsonNode job : jobs(base).path("details")) {
                assertThat(job.has("failuresInARow")).as("%s", job).isFalse();
            }
            System.out.printf(
                    "[faults] jobs health DOWN %d ms after the store went away, UP %d ms after it came back%n",
                    downAfterMs, upAfterMs);
        }
    }

    private static JsonNode awaitJobs(String base, Predicate<JsonNode> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode jobs = jobs(base);
        while (!condition.test(jobs)) {
            assertThat(System.nanoTime())
                    .as("%s within 30 s; last: %s", what, jobs)
                    .isLessThan(deadline);
            Thread.sleep(100);
            jobs = jobs(base);
        }
        return jobs;
    }

    private static JsonNode jobs(String base) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("components").path("jobs");
    }
}
