package org.wearetogether.console.internal;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.console.ConsoleSettings;
import org.wearetogether.jobs.RetentionRule;
import org.wearetogether.jobs.RetentionRules;

/**
 * Wires the console: the {@code /console} command, the login gate in front of every page but the login and "ended"
 * pages and the assets, the texts ({@code console/messages_ru.properties}, {@code _en}), the language, security
 * headers, and the retention of its two collections.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleSettings.class)
class ConsoleConfiguration {

    /** Paths outside the gate: the login link, the "session ended" page, the stylesheet. */
    static final List<String> OPEN = List.of(LoginController.PATH + "**", LoginController.ENDED, "/console/assets/**");

    @Bean
    ChatCommand consoleCommand(Roles roles, MongoConsoleLogins logins, ConsoleSettings settings, Clock clock) {
        return new ConsoleCommand(roles, logins, settings, clock);
    }

    @Bean
    WebMvcConfigurer consoleGate(MongoConsoleSessions sessions, Roles roles, Audit audit, Clock clock) {
        ConsoleGate gate = new ConsoleGate(sessions, roles, audit, clock);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(gate)
                        .addPathPatterns("/console", "/console/**")
                        .excludePathPatterns(OPEN);
            }
        };
    }

    /** The console's texts; the service's only message source (bot texts live in code and dialog files). */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("console/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.forLanguageTag("ru"));
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ConsoleLocale();
    }

    /**
     * Headers on every console answer: no framing, no inline scripts or styles, no referrer (the login link is in a
     * URL), nothing cached (pages are per person).
     */
    @Bean
    FilterRegistrationBean<Filter> consoleHeaders() {
        Filter filter = (request, response, chain) -> {
            var http = (jakarta.servlet.http.HttpServletResponse) response;
            http.setHeader(
                    "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "no-referrer");
            if (!((jakarta.servlet.http.HttpServletRequest) request)
                    .getRequestURI()
                    .startsWith("/console/assets/")) {
                http.setHeader("Cache-Control", "no-store");
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/console", "/console/*", "/webjars/*");
        registration.setName("consoleHeaders");
        return registration;
    }

    @Bean
    RetentionRules consoleRetention(MongoConsoleLogins logins, MongoConsoleSessions sessions) {
        return () -> List.of(
                new RetentionRule("console-logins", MongoConsoleLogins.COLLECTION, logins::expire),
                new RetentionRule("console-sessions", MongoConsoleSessions.COLLECTION, sessions::expire));
    }
}
