package org.wearetogether.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.testing.MongoFixtures;

/** The gate in front of every console page: session, roles on every request, CSRF on changes. */
class ConsoleGateTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private final MongoFixtures.InMemoryMongo mongo = MongoFixtures.inMemory();
    private final MongoConsoleSessions sessions = new MongoConsoleSessions(mongo.database());
    private final SomeRoles roles = new SomeRoles();
    private final List<Audit.Entry> audited = new CopyOnWriteArrayList<>();
    private final ConsoleGate gate =
            new ConsoleGate(sessions, roles, new Recorded(audited), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void noCookieOrAnUnknownOneIsSentToLogIn() throws Exception {
        var response = new MockHttpServletResponse();
        assertThat(gate.preHandle(get(null), response, null)).isFalse();
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/console/ended?why=expired");

        var htmx = get(Hashes.newToken());
        htmx.addHeader("HX-Request", "true");
        response = new MockHttpServletResponse();
        assertThat(gate.preHandle(htmx, response, null)).isFalse();
        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/console/ended?why=expired");
    }

    @Test
    void aLiveSessionOfStaffPassesWithWhoTheyAre() throws Exception {
        roles.coordinators.add("901");
        var opened = sessions.open("901", "Olga", "ru", NOW, NOW.plus(Duration.ofHours(12)));
        var request = get(opened.id());
        assertThat(gate.preHandle(request, new MockHttpServletResponse(), null)).isTrue();
        Staff staff = (Staff) request.getAttribute(ConsoleGate.STAFF);
        assertThat(staff.regions()).containsExactly("RU-MOW");
        assertThat(staff.language()).isEqualTo("ru");
        assertThat(staff.sees("RU-MOW")).isTrue();
        assertThat(staff.sees("RU-SPE")).isFalse();
    }

    @Test
    void aRemovedCoordinatorIsTurnedAwayAtTheNextRequestAndStaysOut() throws Exception {
        roles.coordinators.add("901");
        var opened = sessions.open("901", "Olga", "en", NOW, NOW.plus(Duration.ofHours(12)));
        assertThat(gate.preHandle(get(opened.id()), new MockHttpServletResponse(), null))
                .isTrue();

        roles.coordinators.remove("901");
        var response = new MockHttpServletResponse();
        assertThat(gate.preHandle(get(opened.id()), response, null)).isFalse();
        assertThat(response.getHeader("Location")).isEqualTo("/console/ended?why=removed");
        assertThat(audited).extracting(Audit.Entry::action).containsExactly("console.ended");

        roles.coordinators.add("901"); // given back: the old session stays ended
        response = new MockHttpServletResponse();
        assertThat(gate.preHandle(get(opened.id()), response, null)).isFalse();
        assertThat(response.getHeader("Location")).isEqualTo("/console/ended?why=removed");
    }

    @Test
    void aChangeNeedsTheSessionsCsrfToken() throws Exception {
        roles.admins.add("900");
        var opened = sessions.open("900", "Admin", "en", NOW, NOW.plus(Duration.ofHours(12)));
        var forged = post(opened.id());
        var response = new MockHttpServletResponse();
        assertThat(gate.preHandle(forged, response, null)).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);

        var wrong = post(opened.id());
        wrong.addHeader(ConsoleGate.CSRF_HEADER, Hashes.newToken());
        assertThat(gate.preHandle(wrong, new MockHttpServletResponse(), null)).isFalse();

        var byHeader = post(opened.id());
        byHeader.addHeader(ConsoleGate.CSRF_HEADER, opened.session().csrf());
        assertThat(gate.preHandle(byHeader, new MockHttpServletResponse(), null))
                .isTrue();

        var byForm = post(opened.id());
        byForm.addParameter(ConsoleGate.CSRF_FIELD, opened.session().csrf());
        assertThat(gate.preHandle(byForm, new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void anOperatorSeesEveryRegion() throws Exception {
        roles.operators.add("903");
        var opened = sessions.open("903", "Vera", "en", NOW, NOW.plus(Duration.ofHours(12)));
        var request = get(opened.id());
        assertThat(gate.preHandle(request, new MockHttpServletResponse(), null)).isTrue();
        Staff staff = (Staff) request.getAttribute(ConsoleGate.STAFF);
        assertThat(staff.role()).isEqualTo("operator");
        assertThat(staff.sees("RU-SPE")).isTrue();
    }

    private static MockHttpServletRequest get(String sessionId) {
        var request = new MockHttpServletRequest("GET", "/console/board");
        if (sessionId != null) {
            request.setCookies(new Cookie(ConsoleGate.COOKIE, sessionId));
        }
        return request;
    }

    private static MockHttpServletRequest post(String sessionId) {
        var request = new MockHttpServletRequest("POST", "/console/logout");
        request.setCookies(new Cookie(ConsoleGate.COOKIE, sessionId));
        return request;
    }

    static final class SomeRoles implements Roles {
        final Set<String> admins = new HashSet<>();
        final Set<String> coordinators = new HashSet<>();
        final Set<String> operators = new HashSet<>();

        @Override
        public boolean isAdmin(String userId) {
            return admins.contains(userId);
        }

        @Override
        public Set<String> coordinatedRegions(String userId) {
            return coordinators.contains(userId) ? Set.of("RU-MOW") : Set.of();
        }

        @Override
        public boolean isOperator(String userId) {
            return operators.contains(userId);
        }

        @Override
        public Set<String> coordinatorsOf(String regionCode) {
            return Set.copyOf(coordinators);
        }

        @Override
        public Set<String> admins() {
            return Set.copyOf(admins);
        }
    }

    record Recorded(List<Audit.Entry> entries) implements Audit {
        @Override
        public void record(Entry entry) {
            entries.add(entry);
        }

        @Override
        public List<Entry> about(String subject, int limit) {
            return List.of();
        }

        @Override
        public long pseudonymise(String id, String pseudonym) {
            return 0;
        }
    }
}
