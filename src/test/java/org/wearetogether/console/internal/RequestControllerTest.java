package org.wearetogether.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;
import org.wearetogether.hq.RequestDesk;
import org.wearetogether.hq.RequestPage;
import org.wearetogether.intake.RequestStatus;

/** The request page's answers to the desk's refusals: 404 for unknown (or unseen) requests, 403 for non-coordinators. */
class RequestControllerTest {

    private static final Staff OLGA = new Staff("901", "Olga", "en", false, Set.of("RU-MOW"), false);

    @Test
    void anUnknownRequestIs404AndANonCoordinatorsChangeIs403() {
        RequestController controller =
                new RequestController(new Desk(new RequestDesk.NotFound(), Optional.empty()), null);
        assertThatThrownBy(() -> controller.page(OLGA, "MOW-9", null, new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> controller.act(
                        OLGA, "MOW-9", "take", null, new MockHttpServletRequest(), new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));

        RequestController refused =
                new RequestController(new Desk(new RequestDesk.NotCoordinator(), Optional.of(page())), null);
        assertThatThrownBy(() ->
                        refused.act(OLGA, "MOW-1", "done", null, new MockHttpServletRequest(), new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> refused.contacts(OLGA, "MOW-1", new MockHttpServletRequest(), new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() ->
                        refused.act(OLGA, "MOW-1", "erase", null, new MockHttpServletRequest(), new ExtendedModelMap()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void withoutJavaScriptAChangeRedirectsToThePageWithItsOutcome() {
        RequestController controller =
                new RequestController(new Desk(new RequestDesk.HeldByAnother("Petr"), Optional.of(page())), null);
        assertThat(controller.act(OLGA, "MOW-1", "take", null, new MockHttpServletRequest(), new ExtendedModelMap()))
                .isEqualTo("redirect:/console/requests/MOW-1?outcome=held");
        MockHttpServletRequest htmx = new MockHttpServletRequest();
        htmx.addHeader("HX-Request", "true");
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(controller.act(OLGA, "MOW-1", "take", null, htmx, model)).isEqualTo("console/request :: main");
        assertThat(model.getAttribute("outcome")).isEqualTo("held");
    }

    private static RequestPage page() {
        return new RequestPage(
                "MOW-1",
                RequestStatus.ACCEPTED,
                "accepted",
                "Petr",
                false,
                null,
                null,
                List.of("groceries"),
                "today",
                "Moscow",
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                Set.of(),
                List.of());
    }

    /** Answers every change with one outcome and every showing with the same refusal when it is one. */
    private record Desk(RequestDesk.Outcome outcome, Optional<RequestPage> shown) implements RequestDesk {
        @Override
        public Set<Action> actions(String number, org.wearetogether.access.Staff staff) {
            return Set.of();
        }

        @Override
        public Outcome take(String number, org.wearetogether.access.Staff staff) {
            return outcome;
        }

        @Override
        public Outcome inProgress(String number, org.wearetogether.access.Staff staff) {
            return outcome;
        }

        @Override
        public Outcome done(String number, org.wearetogether.access.Staff staff) {
            return outcome;
        }

        @Override
        public Outcome returnToQueue(String number, org.wearetogether.access.Staff staff) {
            return outcome;
        }

        @Override
        public Outcome cannotFulfil(String number, org.wearetogether.access.Staff staff, String reasonId) {
            return outcome;
        }

        @Override
        public List<Reason> reasons(String language) {
            return List.of();
        }

        @Override
        public Showing contacts(String number, org.wearetogether.access.Staff staff, Predicate<Contacts> show) {
            return outcome instanceof Showing s ? s : new NotYours();
        }

        @Override
        public Optional<RequestPage> page(String number, org.wearetogether.access.Staff staff) {
            return shown;
        }
    }
}
