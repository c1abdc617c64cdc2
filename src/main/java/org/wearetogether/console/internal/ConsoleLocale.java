package org.wearetogether.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.wearetogether.dialog.Texts;

/**
 * The console's language: the person's chat language (kept in their session at login); before login, the browser's
 * language if it is Russian or English; else Russian.
 */
final class ConsoleLocale implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(ConsoleGate.STAFF) instanceof Staff staff) {
            return Locale.forLanguageTag(staff.language());
        }
        if (request.getAttribute(LoginController.LANGUAGE) instanceof String language) {
            return Locale.forLanguageTag(language);
        }
        String header = request.getHeader("Accept-Language");
        String first = header == null ? null : header.split(",")[0].split(";")[0].strip();
        return Locale.forLanguageTag(Texts.supportedLanguage(first));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The console's language is the person's chat language");
    }
}
