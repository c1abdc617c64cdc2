package org.wearetogether.crm.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wearetogether.access.Audit;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;

/**
 * The HTTP JSON API of regional CRMs. Every call carries a region's key (checked, with its rate, by {@link ApiKeyCheck}
 * before the call's body is read) and may act only on that region. Every answer that shows contacts is audited.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class CrmApiController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_COMMENT = 1000;

    private final HelpRequests requests;
    private final RequestLifecycle lifecycle;
    private final Audit audit;
    private final Clock clock;

    CrmApiController(HelpRequests requests, RequestLifecycle lifecycle, Audit audit, Clock clock) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/regions/{region}/requests")
    ApiViews.Page list(
            @RequestAttribute(ApiKeyCheck.KEY_ATTRIBUTE) ApiKey key,
            @PathVariable String region,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String urgency,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        requireRegion(key, region);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw bad("page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        var query = new RequestLifecycle.Query(
                statuses(status), instant(since), blankToNull(urgency), page * size, size + 1);
        List<HelpRequest> found = lifecycle.inRegion(key.region(), query);
        List<ApiViews.Request> items =
                found.stream().limit(size).map(ApiViews.Request::of).toList();
        if (!items.isEmpty()) {
            audited(
                    key,
                    "crm.read.list",
                    key.region(),
                    items.stream().map(ApiViews.Request::number).toList().toString());
        }
        return new ApiViews.Page(key.region(), page, size, found.size() > size, items);
    }

    @GetMapping("/requests/{number}")
    ApiViews.Request one(@RequestAttribute(ApiKeyCheck.KEY_ATTRIBUTE) ApiKey key, @PathVariable String number) {
        return audited(key, "crm.read", ApiViews.Request.of(ownRequest(key, number)));
    }

    @GetMapping("/requests/{number}/history")
    ApiViews.History history(@RequestAttribute(ApiKeyCheck.KEY_ATTRIBUTE) ApiKey key, @PathVariable String number) {
        ownRequest(key, number);
        return new ApiViews.History(
                number,
                lifecycle.history(number).stream().map(ApiViews.Change::of).toList());
    }

    @PostMapping("/requests/{number}/take")
    ApiViews.Request take(@RequestAttribute(ApiKeyCheck.KEY_ATTRIBUTE) ApiKey key, @PathVariable String number) {
        ownRequest(key, number);
        return audited(key, "crm.take", result(lifecycle.take(number, actor(key), clock.instant())));
    }

    @PostMapping(path = "/requests/{number}/status", consumes = "application/json")
    ApiViews.Request status(
            @RequestAttribute(ApiKeyCheck.KEY_ATTRIBUTE) ApiKey key,
            @PathVariable String number,
            @RequestBody ApiViews.StatusUpdate update) {
        ownRequest(key, number);
        RequestStatus to = parseStatus(update.status());
        String comment = blankToNull(update.comment());
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw bad("comment is longer than " + MAX_COMMENT + " characters");
        }
        if (to == RequestStatus.CANNOT_FULFIL && comment == null) {
            throw bad("CANNOT_FULFIL needs a comment with the reason; the requester is told it");
        }
        return audited(key, "crm.status", result(lifecycle.change(number, actor(key), to, comment, clock.instant())));
    }

    static Actor actor(ApiKey key) {
        return new Actor(Actor.Role.CRM, "crm:" + key.region(), "CRM " + key.region());
    }

    /** Records that the key was shown the request's contacts; returns the view. */
    private ApiViews.Request audited(ApiKey key, String action, ApiViews.Request shown) {
        audited(key, action, shown.number(), null);
        return shown;
    }

    private void audited(ApiKey key, String action, String subject, String details) {
        Actor crm = actor(key);
        String withKey = "key " + key.id() + (details == null ? "" : "; " + details);
        audit.record(new Audit.Entry(crm.id(), crm.name(), action, subject, withKey, clock.instant()));
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
