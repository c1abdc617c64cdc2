package org.wearetogether.intake.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.dialog.Person;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestErased;

/**
 * {@code /privacy} for help requests: each of the person's own requests is erased one by one through
 * {@link ErasingRequests} (open ones cancelled first, {@link RequestErased} published for each, so cards, task
 * messages and CRMs are cleaned); their own entries in histories get their pseudonym; requests an operator filed for
 * callers are not theirs and stay (an admin erases those with {@code /erase}).
 */
final class ForgettingRequester implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(ForgettingRequester.class);

    /** Erased requests lose their requester, so each page finds the next ones; the cap only bounds a runaway. */
    private static final int PAGE = 100;

    private static final int MOST_PAGES = 100;

    /** Not the requester's chat key: the history outlives the personal data. */
    static final Actor PRIVACY = new Actor(Actor.Role.SYSTEM, "privacy", "personal data deletion");

    private final MongoHelpRequests requests;
    private final ErasingRequests erasure;
    private final Pseudonyms pseudonyms;

    ForgettingRequester(MongoHelpRequests requests, ErasingRequests erasure, Pseudonyms pseudonyms) {
        this.requests = requests;
        this.erasure = erasure;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void forget(Person person) {
        int erased = 0;
        for (int page = 0; page < MOST_PAGES; page++) {
            List<String> own = requests.ownUnerased(person.chatKey(), PAGE);
            if (own.isEmpty()) {
                break;
            }
            for (String number : own) {
                erasure.erase(number, PRIVACY, RequestErased.Why.REQUESTER);
                erased++;
            }
        }
        requests.forgetOwnNumbers(person.chatKey());
        requests.forgetRequesterInHistory(person.chatKey(), pseudonyms.of(person.userId()));
        if (erased > 0) {
            log.info("Deleted the personal data of {} help request(s) on request of their author", erased);
        }
    }
}
