package org.wearetogether.intake.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.wearetogether.intake.RequestErased;

/**
 * Erases one request's personal data and then tells the other modules ({@link RequestErased}): the stored version
 * guard decides which of racing erasers publishes. The erasure's write also records that it is to be announced, and
 * the mark goes once the event is published; a crash in between leaves the mark, and {@link #announceOwed} (run by
 * retention's scan) publishes it then. So every erasure is announced, once unless the process stops between
 * publishing and clearing the mark: listeners (card cleaning) must tolerate a repeat. One path for retention,
 * {@code /privacy} and {@code /erase}.
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
        if (!requests.erasePersonalData(number, why.name(), now)) {
            return false;
        }
        announce(number, why);
        return true;
    }

    /** Publishes an erasure stored but not yet announced; false when there is none. */
    boolean announceOwed(String number) {
        Optional<String> why = requests.erasureToAnnounce(number);
        why.ifPresent(w -> announce(number, RequestErased.Why.valueOf(w)));
        return why.isPresent();
    }

    private void announce(String number, RequestErased.Why why) {
        events.publishEvent(new RequestErased(number, why));
        requests.erasureAnnounced(number);
    }
}
