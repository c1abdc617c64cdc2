package org.wearetogether.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the chat front desk.
 *
 * @param hotline the campaign's phone line, shown in help texts ({@code TOGETHER_HOTLINE})
 * @param cachedChats how many chat records stay cached in memory (the store remains the source of truth)
 * @param cacheIdle how long an untouched chat record stays cached
 * @param timerInterval how often due reminders and expiries are looked for
 */
@ConfigurationProperties("together.chat")
public record ChatSettings(
        @DefaultValue("8 800 200-34-11") String hotline,
        @DefaultValue("100000") long cachedChats,
        @DefaultValue("2h") Duration cacheIdle,
        @DefaultValue("30s") Duration timerInterval) {}
