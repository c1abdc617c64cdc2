package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;

class TransitionsTest {

    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "901", "Olga");
    private static final Actor IVAN = new Actor(Actor.Role.VOLUNTEER, "777", "Ivan");

    @Test
    void aVolunteerMovesATakenRequestBetweenTheTakenStatusesAndToDone() {
        HelpRequest assigned = request(RequestStatus.VOLUNTEER_ASSIGNED, OLGA);
        assertThat(Transitions.mayAct(request(RequestStatus.ACCEPTED, OLGA), IVAN, RequestStatus.VOLUNTEER_ASSIGNED))
                .isTrue();
        assertThat(Transitions.mayAct(assigned, IVAN, RequestStatus.DONE)).isTrue();
        assertThat(Transitions.mayAct(assigned, IVAN, RequestStatus.ACCEPTED)).isTrue();
        assertThat(Transitions.mayAct(assigned, IVAN, RequestStatus.IN_PROGRESS))
                .isTrue();
    }

    @Test
    void aVolunteerNeitherCancelsNorReturnsToTheQueueNorTouchesAnUntakenRequest() {
        HelpRequest assigned = request(RequestStatus.VOLUNTEER_ASSIGNED, OLGA);
        assertThat(Transitions.mayAct(assigned, IVAN, RequestStatus.CANCELLED)).isFalse();
        assertThat(Transitions.mayAct(assigned, IVAN, RequestStatus.CANNOT_FULFIL))
                .isFalse();
        assertThat(Transitions.mayAct(assigned, IVAN, RequestStatus.SUBMITTED)).isFalse();
        assertThat(Transitions.mayAct(request(RequestStatus.SUBMITTED, null), IVAN, RequestStatus.DONE))
                .isFalse();
    }

    @Test
    void aRequestInProgressCanGoBackWhenItsVolunteerCannotDoIt() {
        assertThat(Transitions.allowed(RequestStatus.IN_PROGRESS, RequestStatus.ACCEPTED))
                .isTrue();
        assertThat(Transitions.allowed(RequestStatus.IN_PROGRESS, RequestStatus.VOLUNTEER_ASSIGNED))
                .isTrue();
        assertThat(Transitions.allowed(RequestStatus.DONE, RequestStatus.ACCEPTED))
                .isFalse();
    }

    private static HelpRequest request(RequestStatus status, Actor holder) {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        return new HelpRequest(
                "MOW-000001",
                status,
                null,
                holder,
                "RU-MOW",
                HelpRequest.ForWhom.ME,
                new HelpRequest.Requester("telegram:1", "1", "Anna", "+79161234567", "en"),
                new HelpRequest.Beneficiary("Anna", "age_65_plus", "+79161234567"),
                new HelpRequest.Address("Moscow", null, null),
                List.of("groceries"),
                "today",
                null,
                new HelpRequest.Consent("v1", now, false),
                Map.of(),
                new HelpRequest.Source("telegram", "c1", "request_help", 1, null),
                now,
                now,
                1);
    }
}
