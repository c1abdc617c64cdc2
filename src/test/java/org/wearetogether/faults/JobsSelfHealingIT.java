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
 * The store (MongoDB, through a proxy) out of reach: the instance cannot renew its lease, so its jobs stop running what
 * must happen once and the {@code lease} health entry goes DOWN with the store's error; when the store returns the
 * instance leads again, the jobs run again without a failure left, and health is UP, with no restart. (A job that
 * fails while this instance leads backs off and turns {@code jobs} DOWN: {@code JobRegistryTest}.)
 */
class JobsSelfHealingIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void healthGoesDownWhileTheStoreIsAwayAndTheJobsLeadAndRunAgainWhenItReturns() throws Exception {
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
            // With MongoDB the lease decides: an instance that cannot reach the store cannot renew it, so it stops
            // running what must happen once (its jobs stand by instead of failing) and says why: health 'lease' DOWN.
            JsonNode down = awaitHealth(
                    base,
                    health -> health.path("components")
                            .path("lease")
                            .path("status")
                            .asText()
                            .equals("DOWN"));
            long downAfterMs = Duration.ofNanos(System.nanoTime() - cut).toMillis();
            assertThat(down.path("status").asText()).isEqualTo("DOWN");
            JsonNode lease = down.path("components").path("lease").path("details");
            assertThat(lease.path("leader").asBoolean()).isFalse();
            assertThat(lease.path("lastError").asText()).contains("Mongo");
            assertThat(down.path("components")
                            .path("jobs")
                            .path("details")
                            .path("hq-sweeps")
                            .path("state")
                            .asText())
                    .isIn("standby", "failing");

            proxy.restore();
            long restored = System.nanoTime();
            java.time.Instant restoredAt = java.time.Instant.now();
            awaitJobs(
                    base,
                    jobs -> jobs.path("status").asText().equals("UP")
                            && jobs.path("details").path("leader").asBoolean()
                            && jobs.path("details").path("hq-sweeps").has("lastRun")
                            && java.time.Instant.parse(jobs.path("details")
                                            .path("hq-sweeps")
                                            .path("lastRun")
                                            .asText())
                                    .isAfter(restoredAt),
                    "jobs leading and sweeping again");
            long upAfterMs = Duration.ofNanos(System.nanoTime() - restored).toMillis();
            assertThat(awaitHealth(
                                    base,
                                    health -> health.path("status").asText().equals("UP"))
                            .path("components")
                            .path("lease")
                            .path("status")
                            .asText())
                    .isEqualTo("UP");
            for (JsonNode job : jobs(base).path("details")) {
                assertThat(job.has("failuresInARow")).as("%s", job).isFalse();
            }
            System.out.printf(
                    "[faults] health 'lease' DOWN %d ms after the store went away; jobs leading and sweeping again %d ms"
                            + " after it came back%n",
                    downAfterMs, upAfterMs);
        }
    }

    private static JsonNode awaitHealth(String base, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode health = whole(base);
        while (!condition.test(health)) {
            assertThat(System.nanoTime())
                    .as("health within 30 s; last: %s", health)
                    .isLessThan(deadline);
            Thread.sleep(100);
            health = whole(base);
        }
        return health;
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
        return whole(base).path("components").path("jobs");
    }

    private static JsonNode whole(String base) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
