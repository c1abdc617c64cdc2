package org.wearetogether.hq;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the regional headquarters' work.
 *
 * @param sweepInterval how often new requests, notices and due timers are looked for
 * @param reannounceAfter an untaken request is announced again in its HQ chats after this
 * @param reannounceTodayAfter the same for requests wanted today
 * @param escalateAfter an untaken request goes to the federal chat after this
 * @param remindHolderAfter a taken request with no change for this long reminds its holder
 */
@ConfigurationProperties("together.hq")
public record HqSettings(
        @DefaultValue("3s") Duration sweepInterval,
        @DefaultValue("30m") Duration reannounceAfter,
        @DefaultValue("10m") Duration reannounceTodayAfter,
        @DefaultValue("2h") Duration escalateAfter,
        @DefaultValue("24h") Duration remindHolderAfter) {}
