package org.wearetogether.crm.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.testing.RunningService;

/** Requests stored straight through {@link HelpRequests}, and calls to the running service's API. */
final class CrmFixtures {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CrmFixtures() {}

    /** Stores a request of a relative in the region and returns its number. */
    static String submit(RunningService service, String region, String conversationId) {
        Instant now = Instant.now();
        HelpRequest draft = new HelpRequest(
                null,
                RequestStatus.SUBMITTED,
                null,
                null,
                region,
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester("telegram:1001", "1001", "Анна", "+79035556677", "ru"),
                new HelpRequest.Beneficiary("Мария Ивановна", "age_65_plus", "+79161234567"),
                new HelpRequest.Address("Химки, ул. Мира, д. 3", null, null),
                List.of("groceries"),
                "today",
                "Домофон 12",
                new HelpRequest.Consent("2026-11-25", now, false),
                Map.of("region", region),
                new HelpRequest.Source("telegram", conversationId, "request_help", 1, null),
                now,
                now,
                0);
        return service.bean(HelpRequests.class).submit(draft).request().number();
    }

    static String baseUrl(RunningService service) {
        return "http://127.0.0.1:"
                + service.bean(org.springframework.core.env.Environment.class).getProperty("local.server.port")
                + "/api/v1";
    }

    static HttpResponse<String> get(RunningService service, String path, String key) {
        return send(request(service, path, key).GET().build());
    }

    static HttpResponse<String> getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build());
    }

    static HttpResponse<String> post(RunningService service, String path, String key, String json) {
        return send(request(service, path, key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static HttpRequest.Builder request(RunningService service, String path, String key) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl(service) + path)).timeout(Duration.ofSeconds(20));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
