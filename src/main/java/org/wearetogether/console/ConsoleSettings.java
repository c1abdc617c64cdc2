package org.wearetogether.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the coordinators' web console.
 *
 * @param publicUrl where people reach this service, e.g. {@code https://help.example.org} ({@code TOGETHER_PUBLIC_URL});
 *     the base of the login links. Empty: {@code /console} says the console is not set up. With {@code https} the
 *     session cookie is marked Secure.
 * @param linkValid how long a login link from {@code /console} can be used (once)
 * @param sessionLifetime how long a console session lasts after its login ({@code TOGETHER_CONSOLE_SESSION})
 */
@ConfigurationProperties("together.console")
public record ConsoleSettings(
        @DefaultValue("") String publicUrl,
        @DefaultValue("10m") Duration linkValid,
        @DefaultValue("12h") Duration sessionLifetime) {

    public ConsoleSettings {
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /** Whether the cookie must only travel over HTTPS. */
    public boolean secure() {
        return publicUrl.startsWith("https://");
    }
}
