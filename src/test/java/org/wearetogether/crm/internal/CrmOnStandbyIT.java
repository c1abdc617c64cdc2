package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.RunningService;

/**
 * Two instances share one store and one bot. The standby is healthy and serves the CRM API; a request taken through
 * its API is stored, and the requester is told even though the standby stops right after answering: the notice is
 * sent by a sweep that reads the stored history, which the active instance runs, not by the process that made the
 * change. (Until the job registry runs the sweeps only on the active instance, the standby's own sweep may be the one
 * that tells; then the test shows only that nothing is lost.)
 */
class CrmOnStandbyIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void aRequestTakenThroughTheStandbysApiIsToldToTheRequesterEvenIfTheStandbyStopsAtOnce() throws Exception {
        try (var store = MongoFixtures.inMemory();
                FakeTelegram telegram = FakeTelegram.start()) {
            String uri = "together.storage.uri=mongodb://127.0.0.1:"
                    + store.server().getLocalAddress().getPort() + "/together";
            try (RunningService active =
                    RunningService.start(telegram, data.resolve("a"), uri, "together.lease.instance-name=a")) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> active.bean(Leadership.class).isLeader());
                String number;
                try (RunningService standby =
                        RunningService.start(telegram, data.resolve("b"), uri, "together.lease.instance-name=b")) {
                    JsonNode health = awaitTelegramHealth(standby, "standby");
                    assertThat(health.path("status").asText()).isEqualTo("UP");
                    assertThat(health.path("components")
                                    .path("telegram")
                                    .path("details")
                                    .path("instance")
                                    .asText())
                            .isEqualTo("b");
                    assertThat(standby.bean(Leadership.class).isLeader()).isFalse();

                    number = CrmFixtures.submit(active, "RU-MOW", "conv-on-standby");
                    String key =
                            standby.bean(ApiKeys.class).issue("RU-MOW", "admin").token();
                    var taken = CrmFixtures.post(standby, "/requests/" + number + "/take", key, "");
                    assertThat(taken.statusCode()).isEqualTo(200);
                }
                String told = number;
                var notice = telegram.awaitMessage(1001, m -> m.text().contains(told), Duration.ofSeconds(30));
                assertThat(notice.text()).contains(number);
                assertThat(active.bean(Leadership.class).isLeader()).isTrue();
            }
        }
    }

    private static JsonNode awaitTelegramHealth(RunningService service, String role) throws Exception {
        String url = "http://127.0.0.1:"
                + service.bean(org.springframework.core.env.Environment.class).getProperty("local.management.port")
                + "/actuator/health";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode health;
        do {
            health = JSON.readTree(CrmFixtures.getAbsolute(url).body());
            if (role.equals(health.path("components")
                    .path("telegram")
                    .path("details")
                    .path("role")
                    .asText())) {
                return health;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("telegram health never said " + role + ": " + health);
    }
}
