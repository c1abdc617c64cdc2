package org.wearetogether.intake.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.wearetogether.intake.RequestStatusChanged;

/**
 * Removes a request from {@code requests_by_phone} when it closes (done, not possible, cancelled, stale). A failure
 * here is only logged: a closed request left there is ignored and removed when next read.
 */
final class ForgettingClosedRequestsByPhone {

    private static final Logger log = LoggerFactory.getLogger(ForgettingClosedRequestsByPhone.class);

    private final MongoRequestsByPhone byPhone;

    ForgettingClosedRequestsByPhone(MongoRequestsByPhone byPhone) {
        this.byPhone = byPhone;
    }

    @EventListener
    void on(RequestStatusChanged changed) {
        if (changed.request().status().open()) {
            return;
        }
        try {
            byPhone.forget(changed.request());
        } catch (RuntimeException e) {
            log.warn(
                    "Request {} closed but is still listed by phone; it is dropped when next read",
                    changed.request().number(),
                    e);
        }
    }
}
