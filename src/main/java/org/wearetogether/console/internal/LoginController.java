package org.wearetogether.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.console.ConsoleSettings;

/**
 * Logging in with the bot's one-time link, and out. Opening the link shows a page with one button; only pressing it
 * uses the link (a POST), so a messenger's link preview, which fetches the page, cannot use it up. A used, expired or
 * unknown link gets a polite page saying how to get a new one.
 */
@Controller
class LoginController {

    static final String PATH = "/console/login/";
    static final String ENDED = "/console/ended";
    static final String LANGUAGE = "console.language";

    private final MongoConsoleLogins logins;
    private final MongoConsoleSessions sessions;
    private final Roles roles;
    private final Audit audit;
    private final ConsoleSettings settings;
    private final Clock clock;

    LoginController(
            MongoConsoleLogins logins,
            MongoConsoleSessions sessions,
            Roles roles,
            Audit audit,
            ConsoleSettings settings,
            Clock clock) {
        this.logins = logins;
        this.sessions = sessions;
        this.roles = roles;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping({"/console", "/console/"})
    String home() {
        return "redirect:" + BoardController.PATH;
    }

    @GetMapping(PATH + "{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "console/login";
    }

    @PostMapping(PATH + "{token}")
    String login(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Instant now = clock.instant();
        Optional<MongoConsoleLogins.Login> login = logins.consume(token, now);
        if (login.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "console/link-used";
        }
        MongoConsoleLogins.Login who = login.get();
        request.setAttribute(LANGUAGE, who.language());
        if (Staff.of(roles, who.userId(), who.name(), who.language()).isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("why", "removed");
            return "console/ended";
        }
        MongoConsoleSessions.Opened opened =
                sessions.open(who.userId(), who.name(), who.language(), now, now.plus(settings.sessionLifetime()));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(opened.id(), settings.sessionLifetime()));
        audit.record(new Audit.Entry(who.userId(), who.name(), "console.login", who.userId(), null, now));
        return "redirect:" + BoardController.PATH;
    }

    @PostMapping("/console/logout")
    String logout(HttpServletRequest request, HttpServletResponse response) {
        MongoConsoleSessions.Session session = (MongoConsoleSessions.Session) request.getAttribute(ConsoleGate.SESSION);
        ConsoleGate.sessionId(request).ifPresent(sessions::close);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO));
        audit.record(new Audit.Entry(
                session.userId(), session.name(), "console.logout", session.userId(), null, clock.instant()));
        return "redirect:" + ENDED + "?why=logout";
    }

    @GetMapping(ENDED)
    String ended(@RequestParam(defaultValue = "expired") String why, Model model) {
        model.addAttribute(
                "why",
                switch (why) {
                    case "logout", "removed" -> why;
                    default -> "expired";
                });
        return "console/ended";
    }

    private String cookie(String value, Duration maxAge) {
        return ResponseCookie.from(ConsoleGate.COOKIE, value)
                .path("/console")
                .httpOnly(true)
                .secure(settings.secure())
                .sameSite("Lax")
                .maxAge(maxAge)
                .build()
                .toString();
    }
}
