package org.wearetogether.crm.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the API key and the key's rate before anything else of a call is looked at: an interceptor runs before the
 * controller's arguments are resolved, so the body of a call without a valid key is never read or parsed. The key
 * found is handed to the controller as a request attribute.
 */
final class ApiKeyCheck implements HandlerInterceptor {

    static final String KEY_ATTRIBUTE = "org.wearetogether.crm.apiKey";

    private final ApiKeys keys;
    private final ApiRateLimits limits;

    ApiKeyCheck(ApiKeys keys, ApiRateLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !CrmApiController.class.isAssignableFrom(method.getBeanType())) {
            return true; // not an API call (an unknown path): Spring answers 404, nothing is read
        }
        ApiKey key = authenticated(request.getHeader(HttpHeaders.AUTHORIZATION));
        OptionalLong wait = limits.waitBeforeNext(key.id());
        if (wait.isPresent()) {
            throw ApiProblem.tooManyRequests(wait.getAsLong());
        }
        request.setAttribute(KEY_ATTRIBUTE, key);
        return true;
    }

    private ApiKey authenticated(String authorization) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7)
                : null;
        if (token == null) {
            throw ApiProblem.of(
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "Send the region's API key as Authorization: Bearer <key>");
        }
        ApiKeys.Check check = keys.check(token);
        if (check instanceof ApiKeys.Check.Valid valid) {
            return valid.key();
        }
        if (check instanceof ApiKeys.Check.Expired expired) {
            ApiKey key = expired.key();
            throw ApiProblem.of(
                    HttpStatus.UNAUTHORIZED,
                    "key_expired",
                    "The API key " + key.id() + " expired at " + key.expiresAt() + "; ask an admin for a new one"
                            + " (/apikey " + key.region() + ")");
        }
        throw ApiProblem.of(HttpStatus.UNAUTHORIZED, "unauthorized", "The API key is not valid (wrong or revoked)");
    }
}
