package org.wearetogether.intake.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;

/**
 * {@code /privacy} for help requests: deletes names, phones, address, details and the raw answers of the person's
 * requests and cancels the open ones; what is left (number, region, needs, status, dates) is anonymous statistics.
 */
final class ForgettingRequester implements PersonalData {

    static final String REASON = "personal data deleted";
    private static final Logger log = LoggerFactory.getLogger(ForgettingRequester.class);

    private static final int MOST_OPEN = 200;

    private final MongoHelpRequests requests;
    private final RequestLifecycle lifecycle;
    private final Clock clock;

    ForgettingRequester(MongoHelpRequests requests, RequestLifecycle lifecycle, Clock clock) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public void forget(Person person) {
        cancelOpenRequests(person);
        long changed = requests.forgetRequester(person.chatKey(), REASON, clock.instant());
        if (changed > 0) {
            log.info("Deleted the personal data of {} help request(s) on request of their author", changed);
        }
    }

    /**
     * Cancels the person's open requests one by one through the lifecycle, so each cancellation is in the request's
     * history: HQ cards, notices and CRM webhooks learn of it. (The erasing update then finds them cancelled.)
     */
    private void cancelOpenRequests(Person person) {
        // not the requester's chat key: the history outlives the personal data
        Actor requester = new Actor(Actor.Role.SYSTEM, "privacy", "personal data deletion");
        requests.byRequester(person.chatKey(), MOST_OPEN).stream()
                .filter(r -> r.status().open() && r.source().intakeOperator() == null)
                .forEach(
                        r -> lifecycle.change(r.number(), requester, RequestStatus.CANCELLED, REASON, clock.instant()));
    }
}
