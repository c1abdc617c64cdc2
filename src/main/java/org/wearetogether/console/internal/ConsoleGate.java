package org.wearetogether.console.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;

/**
 * Every console page passes here first: the session cookie must name a live session, and its person must still be
 * staff (roles are read on every request, so a removed coordinator's session ends at their next request). A request
 * that changes something must carry the session's CSRF token (header {@code X-Csrf-Token}, which htmx sends, or form
 * field {@code _csrf}). The session and the person are left as request attributes for the pages.
 */
final class ConsoleGate implements HandlerInterceptor {

    static final String COOKIE = "together_console";
    static final String STAFF = "console.staff";
    static final String SESSION = "console.session";
    static final String CSRF_HEADER = "X-Csrf-Token";
    static final String CSRF_FIELD = "_csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final MongoConsoleSessions sessions;
    private final Roles roles;
    private final Audit audit;
    private final Clock clock;

    ConsoleGate(MongoConsoleSessions sessions, Roles roles, Audit audit, Clock clock) {
        this.sessions = sessions;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Instant now = clock.instant();
        Optional<String> id = sessionId(request);
        Optional<MongoConsoleSessions.Session> session = id.flatMap(i -> sessions.find(i, now));
        if (session.isEmpty()) {
            return turnAway(request, response, "expired");
        }
        MongoConsoleSessions.Session s = session.get();
        if (s.ended() != null) {
            return turnAway(request, response, s.ended());
        }
        Optional<Staff> staff = Staff.of(roles, s.userId(), s.name(), s.language());
        if (staff.isEmpty()) {
            sessions.end(id.get(), "removed");
            audit.record(new Audit.Entry(s.userId(), s.name(), "console.ended", s.userId(), "no role", now));
            return turnAway(request, response, "removed");
        }
        if (!SAFE.contains(request.getMethod())) {
            String sent = request.getHeader(CSRF_HEADER);
            if (sent == null) {
                sent = request.getParameter(CSRF_FIELD);
            }
            if (sent == null
                    || !java.security.MessageDigest.isEqual(
                            sent.getBytes(), s.csrf().getBytes())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return false;
            }
        }
        request.setAttribute(STAFF, staff.get());
        request.setAttribute(SESSION, s);
        return true;
    }

    /** To the "session ended" page; for htmx, which swaps answers into the page, by its redirect header. */
    private static boolean turnAway(HttpServletRequest request, HttpServletResponse response, String why) {
        String target = request.getContextPath() + LoginController.ENDED + "?why=" + why;
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setHeader("HX-Redirect", target);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
        }
        return false;
    }

    static Optional<String> sessionId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
