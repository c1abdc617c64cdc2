package org.wearetogether.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page's layout needs: who is logged in ({@code staff}) and the session's CSRF token
 * ({@code csrf}) for forms and htmx. Null on the pages outside the gate.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    @ModelAttribute("staff")
    Staff staff(HttpServletRequest request) {
        return (Staff) request.getAttribute(ConsoleGate.STAFF);
    }

    /** Formats moments for the pages: {@code ${times.when(b.createdAt)}}. */
    @ModelAttribute("times")
    ConsoleTimes times() {
        return ConsoleTimes.INSTANCE;
    }

    @ModelAttribute("csrf")
    String csrf(HttpServletRequest request) {
        return request.getAttribute(ConsoleGate.SESSION) instanceof MongoConsoleSessions.Session s ? s.csrf() : null;
    }
}
