package org.wearetogether.crm.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns failures of the CRM API into its JSON errors; other controllers keep Spring's defaults. */
@RestControllerAdvice(assignableTypes = CrmApiController.class)
class ApiErrors {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiViews.Error> problem(ApiProblem problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
        }
        return response.body(problem.body());
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    ResponseEntity<ApiViews.Error> badInput(Exception e) {
        return problem(ApiProblem.of(
                HttpStatus.BAD_REQUEST,
                "bad_request",
                "The request is malformed: check the" + " parameters and that the body is JSON."));
    }
}
