package org.wearetogether.intake.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.dialog.Person;

/**
 * {@code /privacy} for help requests: deletes names, phones, address, details and the raw answers of the person's
 * requests and cancels the open ones; what is left (number, region, needs, status, dates) is anonymous statistics.
 */
final class ForgettingRequester implements PersonalData {

    static final String REASON = "personal data deleted";
    private static final Logger log = LoggerFactory.getLogger(ForgettingRequester.class);

    private final MongoHelpRequests requests;
    private final Clock clock;

    ForgettingRequester(MongoHelpRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void forget(Person person) {
        long changed = requests.forgetRequester(person.chatKey(), REASON, clock.instant());
        if (changed > 0) {
            log.info("Deleted the personal data of {} help request(s) on request of their author", changed);
        }
    }
}
