package org.wearetogether.intake.internal;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.wearetogether.intake.RequestErased;

/**
 * Erases one request's personal data and then tells the other modules ({@link RequestErased}), once per request:
 * the stored guard decides which of racing erasers publishes. One path for retention, {@code /privacy} and
 * {@code /erase}. A crash between the write and the event loses the event (it is in-process); the cards it would
 * have cleaned show no more than the card view allows.
 */
final class ErasingRequest {

    private final MongoHelpRequests requests;
    private final ApplicationEventPublisher events;

    ErasingRequest(MongoHelpRequests requests, ApplicationEventPublisher events) {
        this.requests = requests;
        this.events = events;
    }

    /** @return true when this call erased the request (false: erased already, or no such request) */
    boolean erase(String number, RequestErased.Why why, Instant now) {
        if (!requests.erasePersonalData(number, now)) {
            return false;
        }
        events.publishEvent(new RequestErased(number, why));
        return true;
    }
}
