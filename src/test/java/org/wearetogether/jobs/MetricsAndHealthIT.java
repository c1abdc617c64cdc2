package org.wearetogether.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;
import org.wearetogether.hq.HqFixtures;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** The running service serves {@code /actuator/prometheus} with its own metrics and reports its jobs in health. */
class MetricsAndHealthIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    @Test
    void prometheusShowsUpdatesRequestsByStatusAndRegionJobsAndTheLease() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service =
                        RunningService.start(telegram, data, HqFixtures.ADMINS, "together.intake.count-every=200ms")) {
            String base = "http://127.0.0.1:" + service.bean(Environment.class).getProperty("local.management.port");
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            HqFixtures.submit(service, anna, "RU-MOW", "this_week");
            HqFixtures.submit(service, anna, "RU-MOW", "today");
            anna.sendCommand("/help");

            String metrics = awaitMetrics(base, "together_requests\\{[^}]*region=\"RU-MOW\"[^}]*\\} 2\\.0");

            assertThat(value(metrics, "together_requests\\{region=\"RU-MOW\",status=\"SUBMITTED\"\\}"))
                    .isEqualTo(2);
            assertThat(value(
                            awaitMetrics(base, "together_updates_handled_total [1-9]"),
                            "together_updates_handled_total"))
                    .isGreaterThanOrEqualTo(1);
            for (String job : new String[] {
                "hq-sweeps", "volunteer-sweeps", "broadcast-sending", "webhook-sweep", "request-counts"
            }) {
                // a job's first run may still be under way on a busy machine: wait for one to have ended
                metrics = awaitMetrics(base, "together_job_duration_seconds_count\\{job=\"" + job + "\"\\} [1-9]");
                assertThat(value(metrics, "together_job_duration_seconds_count\\{job=\"" + job + "\"\\}"))
                        .as("runs of %s", job)
                        .isGreaterThanOrEqualTo(1);
                assertThat(value(metrics, "together_job_failures_total\\{job=\"" + job + "\"\\}"))
                        .as("failures of %s", job)
                        .isZero();
                assertThat(value(metrics, "together_job_last_run_seconds\\{job=\"" + job + "\"\\}"))
                        .isGreaterThan(1.7e9);
                assertThat(metrics).containsPattern("together_job_running\\{job=\"" + job + "\"\\} [01]\\.0");
            }
            assertThat(metrics).containsPattern("together_lease_held\\{instance=\"[^\"]+\"\\} 1\\.0");

            JsonNode jobs = new ObjectMapper()
                    .readTree(get(base + "/actuator/health"))
                    .path("components")
                    .path("jobs");
            assertThat(jobs.path("status").asText()).isEqualTo("UP");
            assertThat(jobs.path("details").path("leader").asBoolean()).isTrue();
            assertThat(jobs.path("details").path("hq-sweeps").path("healthy").asBoolean())
                    .isTrue();
            assertThat(jobs.path("details")
                            .path("conversation-timers")
                            .path("state")
                            .asText())
                    .isEqualTo("waiting");
        }
    }

    @Test
    void thePublicPortAnswersLivenessAndReadinessWithoutDetailsAndServesNoActuator() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start();
                RunningService service = RunningService.start(telegram, data)) {
            Environment environment = service.bean(Environment.class);
            String publicPort = "http://127.0.0.1:" + environment.getProperty("local.server.port");
            String management = "http://127.0.0.1:" + environment.getProperty("local.management.port");

            assertThat(status(publicPort + "/actuator/health")).isEqualTo(404);
            assertThat(status(publicPort + "/actuator/prometheus")).isEqualTo(404);
            assertThat(status(publicPort + "/livez")).isEqualTo(200);
            JsonNode liveness = new ObjectMapper().readTree(get(publicPort + "/livez"));
            assertThat(liveness.path("status").asText()).isEqualTo("UP");
            assertThat(liveness.has("components")).isFalse();
            assertThat(liveness.has("details")).isFalse();
            assertThat(new ObjectMapper()
                            .readTree(get(management + "/actuator/health"))
                            .has("components"))
                    .isTrue();
        }
    }

    private static int status(String url) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String awaitMetrics(String base, String pattern) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Pattern wanted = Pattern.compile(pattern);
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = get(base + "/actuator/prometheus");
            if (wanted.matcher(metrics).find()) {
                return metrics;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line matching " + pattern + " in\n" + metrics);
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertThat(m.find()).as("a line for %s", series).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
