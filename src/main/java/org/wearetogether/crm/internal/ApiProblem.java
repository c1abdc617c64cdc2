package org.wearetogether.crm.internal;

import org.springframework.http.HttpStatus;

/** An API call that cannot be served: becomes a JSON error with the given HTTP status. */
final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final ApiViews.Error body;

    ApiProblem(HttpStatus status, ApiViews.Error body) {
        super(body.message(), null, false, false);
        this.status = status;
        this.body = body;
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
