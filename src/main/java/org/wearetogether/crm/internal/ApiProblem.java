package org.wearetogether.crm.internal;

import org.springframework.http.HttpStatus;

/** An API call that cannot be served: becomes a JSON error with the given HTTP status. */
final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final ApiViews.Error body;
    private final long retryAfterSeconds;

    ApiProblem(HttpStatus status, ApiViews.Error body) {
        this(status, body, 0);
    }

    private ApiProblem(HttpStatus status, ApiViews.Error body, long retryAfterSeconds) {
        super(body.message(), null, false, false);
        this.status = status;
        this.body = body;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The key made more calls than its rate allows; it may call again after the given seconds. */
    static ApiProblem tooManyRequests(long retryAfterSeconds) {
        return new ApiProblem(
                HttpStatus.TOO_MANY_REQUESTS,
                new ApiViews.Error(
                        "rate_limited",
                        "Too many calls with this key; please wait " + retryAfterSeconds + " s (Retry-After)",
                        null,
                        null),
                retryAfterSeconds);
    }

    /** Seconds to wait before calling again; 0 when not limited. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static ApiProblem of(HttpStatus status, String error, String message) {
        return new ApiProblem(status, new ApiViews.Error(error, message, null, null));
    }

    HttpStatus status() {
        return status;
    }

    ApiViews.Error body() {
        return body;
    }
}
