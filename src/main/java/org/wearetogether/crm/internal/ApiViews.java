package org.wearetogether.crm.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.StatusChange;

/**
 * The JSON shapes of the CRM API. They are the API's contract (see {@code docs/crm-api.md}): fields may be added,
 * never renamed or removed. Times are ISO-8601 instants in UTC; null fields are left out.
 */
final class ApiViews {

    private ApiViews() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(
            String number,
            String region,
            String status,
            String statusReason,
            ActorView holder,
            String forWhom,
            List<String> needs,
            String urgency,
            String details,
            Person beneficiary,
            Person requester,
            Address address,
            String createdAt,
            String updatedAt,
            long version) {

        static Request of(HelpRequest r) {
            HelpRequest.Requester requester = r.requester();
            return new Request(
                    r.number(),
                    r.regionCode(),
                    r.status().name(),
                    r.statusReason(),
                    ActorView.of(r.holder()),
                    r.forWhom().name(),
                    r.needs(),
                    r.urgency(),
                    r.detailsShown(requester == null || requester.language() == null ? "ru" : requester.language()),
                    new Person(
                            r.beneficiary().name(),
                            r.beneficiary().ageGroup(),
                            r.beneficiary().phone(),
                            null),
                    requester == null
                            ? null
                            : new Person(requester.name(), null, requester.phone(), requester.language()),
                    r.address() == null
                            ? null
                            : new Address(
                                    r.address().text(),
                                    r.address().latitude(),
                                    r.address().longitude()),
                    time(r.createdAt()),
                    time(r.updatedAt()),
                    r.version());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(String name, String ageGroup, String phone, String language) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Address(String text, Double latitude, Double longitude) {}

    record ActorView(String role, String id, String name) {
        static ActorView of(Actor actor) {
            return actor == null ? null : new ActorView(actor.role().name(), actor.id(), actor.name());
        }
    }

    record Page(String region, int page, int size, boolean hasMore, List<Request> items) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(int seq, String from, String to, ActorView actor, String comment, String at) {
        static Change of(StatusChange c) {
            return new Change(
                    c.seq(), c.from().name(), c.to().name(), ActorView.of(c.actor()), c.comment(), time(c.at()));
        }
    }

    record History(String number, List<Change> changes) {}

    /** The body of {@code POST /requests/{number}/status}. */
    record StatusUpdate(String status, String comment) {}

    /** Every error: a stable code, a sentence for people, and for conflicts where the request stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String error, String message, String status, ActorView holder) {}

    static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
