package org.wearetogether.crm.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;

/** The HTTP JSON API of regional CRMs. Every call carries a region's key and may act only on that region. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class CrmApiController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_COMMENT = 1000;

    private final ApiKeys keys;
    private final HelpRequests requests;
    private final RequestLifecycle lifecycle;
    private final Clock clock;

    CrmApiController(ApiKeys keys, HelpRequests requests, RequestLifecycle lifecycle, Clock clock) {
        this.keys = keys;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @GetMapping("/regions/{region}/requests")
    ApiViews.Page list(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String region,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String urgency,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ApiKey key = key(authorization);
        requireRegion(key, region);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw bad("page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        var query = new RequestLifecycle.Query(
                statuses(status), instant(since), blankToNull(urgency), page * size, size + 1);
        List<HelpRequest> found = lifecycle.inRegion(key.region(), query);
        List<ApiViews.Request> items =
                found.stream().limit(size).map(ApiViews.Request::of).toList();
        return new ApiViews.Page(key.region(), page, size, found.size() > size, items);
    }

    @GetMapping("/requests/{number}")
    ApiViews.Request one(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String number) {
        return ApiViews.Request.of(ownRequest(key(authorization), number));
    }

    @GetMapping("/requests/{number}/history")
    ApiViews.History history(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String number) {
        ownRequest(key(authorization), number);
        return new ApiViews.History(
                number,
                lifecycle.history(number).stream().map(ApiViews.Change::of).toList());
    }

    @PostMapping("/requests/{number}/take")
    ApiViews.Request take(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String number) {
        ApiKey key = key(authorization);
        ownRequest(key, number);
        return result(lifecycle.take(number, actor(key), clock.instant()));
    }

    @PostMapping(path = "/requests/{number}/status", consumes = "application/json")
    ApiViews.Request status(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String number,
            @RequestBody ApiViews.StatusUpdate update) {
        ApiKey key = key(authorization);
        ownRequest(key, number);
        RequestStatus to = parseStatus(update.status());
        String comment = blankToNull(update.comment());
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw bad("comment is longer than " + MAX_COMMENT + " characters");
        }
        if (to == RequestStatus.CANNOT_FULFIL && comment == null) {
            throw bad("CANNOT_FULFIL needs a comment with the reason; the requester is told it");
        }
        return result(lifecycle.change(number, actor(key), to, comment, clock.instant()));
    }

    static Actor actor(ApiKey key) {
        return new Actor(Actor.Role.CRM, "crm:" + key.region(), "CRM " + key.region());
    }

    private ApiKey key(String authorization) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7)
                : null;
        if (token == null) {
            throw ApiProblem.of(
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "Send the region's API key as Authorization: Bearer <key>");
        }
        return keys.authenticate(token)
                .orElseThrow(() -> ApiProblem.of(
                        HttpStatus.UNAUTHORIZED, "unauthorized", "The API key is not valid (wrong or revoked)"));
    }

    private static void requireRegion(ApiKey key, String region) {
        if (!key.region().equalsIgnoreCase(region)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "forbidden", "This key acts only on region " + key.region());
        }
    }

    private HelpRequest ownRequest(ApiKey key, String number) {
        HelpRequest request = requests.byNumber(number)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "not_found", "No request " + number));
        requireRegion(key, request.regionCode());
        return request;
    }

    private static ApiViews.Request result(RequestLifecycle.Outcome outcome) {
        if (outcome instanceof RequestLifecycle.Changed changed) {
            return ApiViews.Request.of(changed.request());
        }
        if (outcome instanceof RequestLifecycle.HeldByAnother held) {
            throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    new ApiViews.Error(
                            "held_by_another",
                            "Someone else holds this request: " + held.holder().name(),
                            null,
                            ApiViews.ActorView.of(held.holder())));
        }
        if (outcome instanceof RequestLifecycle.NotAllowed notAllowed) {
            throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    new ApiViews.Error(
                            "not_allowed",
                            "Not allowed while the request is " + notAllowed.current(),
                            notAllowed.current().name(),
                            null));
        }
        throw ApiProblem.of(HttpStatus.NOT_FOUND, "not_found", "No such request");
    }

    private static Set<RequestStatus> statuses(List<String> given) {
        Set<RequestStatus> wanted = EnumSet.noneOf(RequestStatus.class);
        if (given != null) {
            given.stream()
                    .flatMap(s -> List.of(s.split(",")).stream())
                    .filter(s -> !s.isBlank())
                    .forEach(s -> wanted.add(parseStatus(s)));
        }
        return wanted;
    }

    private static RequestStatus parseStatus(String status) {
        try {
            return RequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw bad("status must be one of " + List.of(RequestStatus.values()));
        }
    }

    private static Instant instant(String since) {
        try {
            return since == null || since.isBlank() ? null : Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw bad("since must be an ISO-8601 instant, e.g. 2026-11-25T10:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ApiProblem bad(String message) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, "bad_request", message);
    }
}
