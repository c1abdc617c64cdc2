package org.wearetogether.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of access control.
 *
 * @param admins Telegram user ids of the admins ({@code TOGETHER_ADMINS}, comma-separated)
 */
@ConfigurationProperties("together.access")
public record AccessSettings(@DefaultValue("") List<String> admins) {

    public AccessSettings {
        admins = admins.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
    }
}
