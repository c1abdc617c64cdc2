package org.wearetogether.broadcasts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests of the whole service: real time moved by a static offset the test sets (it outlives a
 * restart). Added with {@code spring.main.sources}; primary, so it wins beside the production clock.
 */
@Primary
public class ItClock extends Clock {

    static volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
