package org.wearetogether.volunteers.internal;

import org.springframework.context.event.EventListener;
import org.wearetogether.storage.StoreScrub;
import org.wearetogether.volunteers.VolunteerLeft;

/** A volunteer who left ({@code /forget_me}): their deleted profile also leaves the store's files, within its delay. */
final class ScrubbingAfterLeaving {

    private final StoreScrub scrub;

    ScrubbingAfterLeaving(StoreScrub scrub) {
        this.scrub = scrub;
    }

    @EventListener
    void on(VolunteerLeft left) {
        scrub.scrubSoon();
    }
}
