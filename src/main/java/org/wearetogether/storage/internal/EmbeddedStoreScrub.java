package org.wearetogether.storage.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.wearetogether.storage.StoreScrub;

/**
 * The embedded store's scrub: asked for, it runs at the first checkpoint after {@code after} has passed, so that the
 * erasures of a busy hour (a retention run erases many requests one by one) cost one scrub, not one each.
 */
final class EmbeddedStoreScrub implements StoreScrub {

    private final EmbeddedMongo store;
    private final Duration after;
    private final Clock clock;

    EmbeddedStoreScrub(EmbeddedMongo store, Duration after, Clock clock) {
        this.store = store;
        this.after = after;
        this.clock = clock;
    }

    @Override
    public void scrubSoon() {
        store.scrubBy(clock.instant().plus(after));
    }

    @Override
    public Optional<Scrubbed> scrubNow() {
        return Optional.of(store.scrub());
    }
}
