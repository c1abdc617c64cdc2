package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.crm.internal.CrmFixtures.get;
import static org.wearetogether.crm.internal.CrmFixtures.post;
import static org.wearetogether.crm.internal.CrmFixtures.submit;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.access.Audit;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.RunningService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CRM API's guards: the key before the body, a rate per key, expiry, and an audit of every read of contacts. */
class CrmApiSafetyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RATE = 5;

    @TempDir
    static Path data;

    static FakeTelegram telegram;
    static RunningService service;

    @BeforeAll
    static void start() {
        telegram = FakeTelegram.start();
        service = RunningService.start(telegram, data, "together.crm.api.rate-limit=" + RATE);
    }

    @AfterAll
    static void stop() {
        service.close();
        telegram.close();
    }

    @Test
    void aHugeInvalidBodyWithABadKeyGets401WithoutTheBodyBeingParsed() {
        String number = submit(service, "RU-MOW", "conv-safe-1");
        String garbage = "{ not json " + "x".repeat(1_000_000);
        String valid = service.bean(ApiKeys.class).issue("RU-MOW", "42").token();

        HttpResponse<String> bad = post(service, "/requests/" + number + "/status", "wat_nonsense", garbage);
        HttpResponse<String> none = post(service, "/requests/" + number + "/status", null, garbage);
        HttpResponse<String> good = post(service, "/requests/" + number + "/status", valid, garbage);

        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(json(bad).get("error").asString()).isEqualTo("unauthorized");
        assertThat(none.statusCode()).isEqualTo(401);
        // the same body with a valid key is read, and is malformed: the 401s above came before any parsing
        assertThat(good.statusCode()).isEqualTo(400);
        assertThat(get(service, "/no/such/path", null).statusCode()).isEqualTo(404);
        assertThat(get(service, "/no/such/path", valid).statusCode()).isEqualTo(404);
    }

    @Test
    void eachKeyHasItsOwnRateAndOverItGets429WithRetryAfter() {
        String number = submit(service, "RU-MOW", "conv-safe-2");
        String busy = service.bean(ApiKeys.class).issue("RU-MOW", "42").token();
        String other = service.bean(ApiKeys.class).issue("RU-MOW", "42").token();

        for (int i = 0; i < RATE; i++) {
            assertThat(get(service, "/requests/" + number + "/history", busy).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> limited = get(service, "/requests/" + number + "/history", busy);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(json(limited).get("error").asString()).isEqualTo("rate_limited");
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));
        assertThat(get(service, "/requests/" + number + "/history", other).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anExpiredKeyGets401WithAProblemThatSaysItExpiredAndHowToGetANewOne() throws Exception {
        String number = submit(service, "RU-MOW", "conv-safe-3");
        ApiKeys.Issued shortLived =
                service.bean(ApiKeys.class).issue("RU-MOW", "42", Optional.of(Duration.ofMillis(300)));
        Thread.sleep(400);

        HttpResponse<String> expired = get(service, "/requests/" + number, shortLived.token());

        assertThat(expired.statusCode()).isEqualTo(401);
        JsonNode problem = json(expired);
        assertThat(problem.get("error").asString()).isEqualTo("key_expired");
        assertThat(problem.get("message").asString())
                .contains(shortLived.key().id())
                .contains("/apikey RU-MOW");
    }

    @Test
    void everyAnswerThatShowsContactsIsAuditedWithTheKeyAndTheRequests() {
        String number = submit(service, "RU-SPE", "conv-safe-4");
        ApiKeys.Issued key = service.bean(ApiKeys.class).issue("RU-SPE", "42");
        Audit audit = service.bean(Audit.class);

        assertThat(get(service, "/requests/" + number, key.token()).statusCode())
                .isEqualTo(200);
        assertThat(get(service, "/regions/RU-SPE/requests", key.token()).statusCode())
                .isEqualTo(200);
        assertThat(post(service, "/requests/" + number + "/take", key.token(), "")
                        .statusCode())
                .isEqualTo(200);

        List<Audit.Entry> aboutRequest = audit.about(number, 10);
        assertThat(aboutRequest).extracting(Audit.Entry::action).contains("crm.read", "crm.take");
        assertThat(aboutRequest)
                .allSatisfy(e -> assertThat(e.actorId()).isEqualTo("crm:RU-SPE"))
                .allSatisfy(e -> assertThat(e.details()).contains(key.key().id()));
        assertThat(audit.about("RU-SPE", 10))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("crm.read.list"))
                .anySatisfy(e -> assertThat(e.details()).contains(number));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
