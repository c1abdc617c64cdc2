package org.wearetogether.hq.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * HQ routing as gauges: {@code together.hq.regions.without.live.chat}, {@code together.hq.requests.stranded} (with
 * no live chat anywhere to go to) and {@code together.hq.chats.dead}. Read from {@link RoutingStatus} when scraped;
 * NaN while the store cannot be read.
 */
final class RoutingMeters {

    private final RoutingStatus status;

    RoutingMeters(RoutingStatus status) {
        this.status = status;
    }

    void bindTo(MeterRegistry registry) {
        gauge(
                registry,
                "together.hq.regions.without.live.chat",
                "Regions with no live HQ chat of their own that " + "have a dead binding or requests waiting",
                s -> s.withoutLiveChat().size());
        gauge(
                registry,
                "together.hq.requests.stranded",
                "Requests waiting to be forwarded with no live HQ chat " + "anywhere to go to",
                RoutingStatus.Snapshot::strandedRequests);
        gauge(
                registry,
                "together.hq.chats.dead",
                "HQ chats the bot cannot post in",
                s -> s.dead().size());
    }

    private void gauge(
            MeterRegistry registry, String name, String description, ToDoubleFunction<RoutingStatus.Snapshot> value) {
        Gauge.builder(name, status, s -> read(s, value))
                .description(description)
                .register(registry);
    }

    private static double read(RoutingStatus status, ToDoubleFunction<RoutingStatus.Snapshot> value) {
        try {
            return value.applyAsDouble(status.current());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
