package org.wearetogether.intake.internal;

import org.springframework.context.event.EventListener;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.storage.StoreScrub;

/** A request's personal data was erased (by its author, an admin or retention): it leaves the store's files too. */
final class ScrubbingErasedRequests {

    private final StoreScrub scrub;

    ScrubbingErasedRequests(StoreScrub scrub) {
        this.scrub = scrub;
    }

    @EventListener
    void on(RequestErased erased) {
        scrub.scrubSoon();
    }
}
