package org.wearetogether.volunteers.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.volunteers.VolunteerActivity;

/**
 * Keeps {@code lastActiveAt} to the hour: a volunteer seen within the hour (remembered here, or as stored) costs
 * nothing; otherwise one read and one write, both found by {@code _id}. Failures are logged and forgotten: the
 * action being noted has happened either way.
 */
final class NotingActivity implements VolunteerActivity {

    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(NotingActivity.class);

    private final MongoVolunteers volunteers;
    private final Clock clock;
    private final Cache<String, Instant> seen =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(EVERY).build();

    NotingActivity(MongoVolunteers volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @Override
    public void noted(String userId) {
        if (userId == null) {
            return;
        }
        Instant now = clock.instant();
        if (recent(seen.getIfPresent(userId), now)) {
            return;
        }
        try {
            Instant stored = volunteers.lastActive(userId).orElse(null);
            if (recent(stored, now)) {
                seen.put(userId, stored);
                return;
            }
            volunteers.active(userId, now);
            seen.put(userId, now);
        } catch (RuntimeException e) {
            log.warn("Last activity of volunteer {} not recorded: {}", userId, e.getMessage());
        }
    }

    private static boolean recent(Instant at, Instant now) {
        return at != null && at.plus(EVERY).isAfter(now);
    }
}
