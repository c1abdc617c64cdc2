package org.wearetogether.volunteers.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;

/** Takes the reason a coordinator types after pressing Decline, and declines with it. */
class DeclineReasons implements ChatFollowUp {

    private final MongoDeclineReasons waits;
    private final Approvals approvals;
    private final Clock clock;

    DeclineReasons(MongoDeclineReasons waits, Approvals approvals, Clock clock) {
        this.waits = waits;
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> heard(Person person, String language, String text) {
        if (text == null || text.isBlank() || text.startsWith("/")) {
            return Optional.empty();
        }
        Optional<MongoDeclineReasons.Awaited> awaited = waits.awaited(person.userId(), clock.instant());
        if (awaited.isEmpty()) {
            return Optional.empty();
        }
        String reason = Approvals.reason(text);
        MongoDeclineReasons.Awaited a = awaited.get();
        return Optional.of(approvals.decline(person, language, a.volunteerId(), a.round(), reason));
    }
}
