package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.crm.internal.CrmFixtures.get;
import static org.wearetogether.crm.internal.CrmFixtures.post;
import static org.wearetogether.crm.internal.CrmFixtures.submit;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.RunningService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CRM API of the running service: a region's key lists, takes and updates, and nothing else. */
class CrmApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    static FakeTelegram telegram;
    static RunningService service;

    @BeforeAll
    static void start() {
        telegram = FakeTelegram.start();
        service = RunningService.start(telegram, data);
    }

    @AfterAll
    static void stop() {
        service.close();
        telegram.close();
    }

    private static String keyFor(String region) {
        return service.bean(ApiKeys.class).issue(region, "42").token();
    }

    @Test
    void aKeyListsTakesAndUpdatesTheRequestsOfItsRegion() {
        String key = keyFor("RU-MOW");
        String number = submit(service, "RU-MOW", "conv-list-1");

        JsonNode page = json(get(service, "/regions/RU-MOW/requests?status=SUBMITTED&size=100", key), 200);
        assertThat(page.get("items").valueStream().map(i -> i.get("number").asString()))
                .contains(number);
        JsonNode one = json(get(service, "/requests/" + number, key), 200);
        assertThat(one.get("beneficiary").get("phone").asString()).isEqualTo("+79161234567");

        JsonNode taken = json(post(service, "/requests/" + number + "/take", key, ""), 200);
        assertThat(taken.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(taken.get("holder").get("id").asString()).isEqualTo("crm:RU-MOW");

        JsonNode progress = json(
                post(
                        service,
                        "/requests/" + number + "/status",
                        key,
                        "{\"status\":\"IN_PROGRESS\",\"comment\":\"on it\"}"),
                200);
        assertThat(progress.get("status").asString()).isEqualTo("IN_PROGRESS");

        JsonNode history = json(get(service, "/requests/" + number + "/history", key), 200);
        assertThat(history.get("changes").valueStream().map(c -> c.get("to").asString()))
                .containsExactly("ACCEPTED", "IN_PROGRESS");
        assertThat(history.get("changes").get(1).get("seq").asInt()).isEqualTo(2);
    }

    @Test
    void aSecondTakeAndAForbiddenTransitionAreConflictsThatSayWhereTheRequestStands() {
        String key = keyFor("RU-MOW");
        String number = submit(service, "RU-MOW", "conv-conflict-1");
        json(post(service, "/requests/" + number + "/take", key, ""), 200);

        JsonNode again = json(post(service, "/requests/" + number + "/take", key, ""), 409);
        assertThat(again.get("status").asString()).isEqualTo("ACCEPTED");
        json(post(service, "/requests/" + number + "/status", key, "{\"status\":\"DONE\"}"), 200);
        JsonNode closed =
                json(post(service, "/requests/" + number + "/status", key, "{\"status\":\"IN_PROGRESS\"}"), 409);
        assertThat(closed.get("error").asString()).isEqualTo("not_allowed");
        assertThat(closed.get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void aMissingWrongOrRevokedKeyIsRefusedWith401() {
        String number = submit(service, "RU-MOW", "conv-auth-1");
        ApiKeys.Issued issued = service.bean(ApiKeys.class).issue("RU-MOW", "42");
        String wrongSecret = issued.token().substring(0, issued.token().length() - 4) + "AAAA";

        HttpResponse<String> missing = get(service, "/requests/" + number, null);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(get(service, "/requests/" + number, "nonsense").statusCode()).isEqualTo(401);
        assertThat(get(service, "/requests/" + number, wrongSecret).statusCode())
                .isEqualTo(401);
        assertThat(get(service, "/requests/" + number, issued.token()).statusCode())
                .isEqualTo(200);
        service.bean(ApiKeys.class).revoke(issued.key().id(), "42");
        JsonNode revoked = json(get(service, "/requests/" + number, issued.token()), 401);
        assertThat(revoked.get("error").asString()).isEqualTo("unauthorized");
    }

    @Test
    void aKeyOfAnotherRegionIsRefusedWith403AndChangesNothing() {
        String number = submit(service, "RU-MOW", "conv-region-1");
        String spb = keyFor("RU-SPE");

        json(get(service, "/regions/RU-MOW/requests", spb), 403);
        json(get(service, "/requests/" + number, spb), 403);
        json(post(service, "/requests/" + number + "/take", spb, ""), 403);

        JsonNode still = json(get(service, "/requests/" + number, keyFor("RU-MOW")), 200);
        assertThat(still.get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void unknownRequestsAndBadInputGetClearErrors() {
        String key = keyFor("RU-MOW");
        String number = submit(service, "RU-MOW", "conv-bad-1");

        assertThat(json(get(service, "/requests/MOW-999999", key), 404)
                        .get("error")
                        .asString())
                .isEqualTo("not_found");
        json(post(service, "/requests/" + number + "/status", key, "{\"status\":\"FLYING\"}"), 400);
        json(post(service, "/requests/" + number + "/status", key, "not json"), 400);
        json(get(service, "/regions/RU-MOW/requests?since=yesterday", key), 400);
        json(get(service, "/regions/RU-MOW/requests?size=1000", key), 400);
    }

    @Test
    void theListPagesNewestFirstAndFiltersByStatusAndUrgency() {
        String key = keyFor("RU-LEN");
        String first = submit(service, "RU-LEN", "conv-page-1");
        String second = submit(service, "RU-LEN", "conv-page-2");
        String third = submit(service, "RU-LEN", "conv-page-3");
        json(post(service, "/requests/" + first + "/take", key, ""), 200);

        JsonNode page0 = json(get(service, "/regions/RU-LEN/requests?size=2&page=0", key), 200);
        JsonNode page1 = json(get(service, "/regions/RU-LEN/requests?size=2&page=1", key), 200);
        JsonNode waiting = json(get(service, "/regions/RU-LEN/requests?status=SUBMITTED", key), 200);
        JsonNode later = json(get(service, "/regions/RU-LEN/requests?urgency=this_week", key), 200);

        assertThat(numbers(page0)).containsExactly(third, second);
        assertThat(page0.get("hasMore").asBoolean()).isTrue();
        assertThat(numbers(page1)).containsExactly(first);
        assertThat(page1.get("hasMore").asBoolean()).isFalse();
        assertThat(numbers(waiting)).containsExactlyInAnyOrder(second, third);
        assertThat(numbers(later)).isEmpty();
    }

    private static java.util.List<String> numbers(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(i -> i.get("number").asString())
                .toList();
    }

    @Test
    void theOpenApiDescriptionIsServedBesideTheApi() {
        String root = CrmFixtures.baseUrl(service).replace("/api/v1", "");
        HttpResponse<String> description = CrmFixtures.getAbsolute(root + "/openapi.yaml");

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("openapi: 3.0.3").contains("/requests/{number}/take");
    }

    private static JsonNode json(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
