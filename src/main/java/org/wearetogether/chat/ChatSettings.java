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
 * @param exportEvery how often one person may ask for their data file ({@code /mydata})
 * @param exportMaxSize the largest data file sent (Telegram takes up to 50 MB from bots); a larger one gets an apology
 */
@ConfigurationProperties("together.chat")
public record ChatSettings(
        @DefaultValue("8 800 200-34-11") String hotline,
        @DefaultValue("100000") long cachedChats,
        @DefaultValue("2h") Duration cacheIdle,
        @DefaultValue("30s") Duration timerInterval,
        @DefaultValue("5m") Duration exportEvery,
        @DefaultValue("10MB") org.springframework.util.unit.DataSize exportMaxSize) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public ChatSettings {}

    /** With the defaults of the {@code /mydata} settings. */
    public ChatSettings(String hotline, long cachedChats, Duration cacheIdle, Duration timerInterval) {
        this(
                hotline,
                cachedChats,
                cacheIdle,
                timerInterval,
                Duration.ofMinutes(5),
                org.springframework.util.unit.DataSize.ofMegabytes(10));
    }
}
