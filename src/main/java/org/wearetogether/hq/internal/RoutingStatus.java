package org.wearetogether.hq.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wearetogether.intake.RequestLifecycle;

/**
 * Where HQ routing stands: the dead bindings, whether a federal chat is live, the regions without a live HQ chat of
 * their own, and the requests stranded with no live chat anywhere to go to. Read by health, the metrics and the
 * admins' reminders. Computing it reads the waiting requests (a scan on the embedded store), so a result is reused
 * for {@link #MAX_AGE}.
 */
final class RoutingStatus {

    /** How long a computed status is reused: health probes and metric scrapes must not each scan the requests. */
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    /**
     * One look at routing.
     *
     * @param dead bindings the bot cannot post in
     * @param federalLive whether a live federal chat takes what regions cannot
     * @param withoutLiveChat regions with a dead binding or with waiting requests, and no live chat of their own,
     *     with what waits there
     * @param stranded requests not yet forwarded per region that no live chat at all can take (empty while a
     *     federal chat is live)
     * @param waiting what waits in every region that has anything waiting
     */
    record Snapshot(
            List<HqChat> dead,
            boolean federalLive,
            Map<String, RequestLifecycle.Waiting> withoutLiveChat,
            Map<String, Long> stranded,
            Map<String, RequestLifecycle.Waiting> waiting,
            Instant at) {

        long strandedRequests() {
            return stranded.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final MongoHqChats chats;
    private final RequestLifecycle lifecycle;
    private final Clock clock;
    private volatile Snapshot last;

    RoutingStatus(MongoHqChats chats, RequestLifecycle lifecycle, Clock clock) {
        this.chats = chats;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The status at most {@link #MAX_AGE} old; throws when the store cannot be read. */
    Snapshot current() {
        Snapshot known = last;
        if (known != null && !known.at().plus(MAX_AGE).isBefore(clock.instant())) {
            return known;
        }
        return refresh();
    }

    synchronized Snapshot refresh() {
        Snapshot now = compute(chats.all(), lifecycle.waitingByRegion(), clock.instant());
        last = now;
        return now;
    }

    static Snapshot compute(List<HqChat> all, Map<String, RequestLifecycle.Waiting> waiting, Instant at) {
        List<HqChat> dead = all.stream().filter(c -> !c.alive()).toList();
        boolean federalLive = all.stream().anyMatch(c -> c.alive() && c.federal());
        Set<String> liveRegions = new TreeSet<>();
        all.stream().filter(HqChat::alive).forEach(c -> liveRegions.add(c.region()));
        Set<String> concerned = new TreeSet<>(waiting.keySet());
        dead.stream().filter(c -> !c.federal()).forEach(c -> concerned.add(c.region()));
        Map<String, RequestLifecycle.Waiting> without = new TreeMap<>();
        Map<String, Long> stranded = new TreeMap<>();
        for (String region : concerned) {
            if (liveRegions.contains(region)) {
                continue;
            }
            RequestLifecycle.Waiting w = waiting.getOrDefault(region, new RequestLifecycle.Waiting(0, 0));
            without.put(region, w);
            if (!federalLive && w.unforwarded() > 0) {
                stranded.put(region, w.unforwarded());
            }
        }
        return new Snapshot(dead, federalLive, without, stranded, Map.copyOf(waiting), at);
    }
}
