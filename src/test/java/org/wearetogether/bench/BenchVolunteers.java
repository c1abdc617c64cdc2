package org.wearetogether.bench;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.context.annotation.Primary;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;
import org.wearetogether.volunteers.Volunteers;

/**
 * The broadcast benchmark's audience: N approved volunteers in memory, so that the measurement is of delivery, not
 * of signing 10,000 people up first. Added to the service with {@code spring.main.sources}; primary.
 */
@Primary
public class BenchVolunteers implements Volunteers {

    static final ConcurrentSkipListMap<String, Volunteer> BY_ID = new ConcurrentSkipListMap<>();

    static void fill(long firstId, int count) {
        BY_ID.clear();
        for (long id = firstId; id < firstId + count; id++) {
            String userId = String.valueOf(id);
            BY_ID.put(
                    userId,
                    new Volunteer(
                            userId,
                            "telegram:" + userId,
                            "Volunteer " + userId,
                            30,
                            "+79990000000",
                            "RU-MOW",
                            "Tverskoy",
                            List.of("own_car"),
                            List.of("weekends"),
                            4,
                            VolunteerStatus.APPROVED,
                            null,
                            "ru",
                            Instant.EPOCH,
                            Instant.EPOCH));
        }
    }

    @Override
    public Optional<Volunteer> byUserId(String userId) {
        return Optional.ofNullable(BY_ID.get(userId));
    }

    @Override
    public List<Volunteer> available(String regionCode, String search, int skip, int limit) {
        return BY_ID.values().stream()
                .filter(v -> v.regionCode().equals(regionCode))
                .sorted(Comparator.comparing(Volunteer::name))
                .skip(skip)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Volunteer> page(Audience audience, String afterUserId, int limit) {
        var tail = afterUserId == null ? BY_ID : BY_ID.tailMap(afterUserId, false);
        return tail.values().stream()
                .filter(v -> audience.statuses().contains(v.status()))
                .limit(limit)
                .toList();
    }

    @Override
    public long count(Audience audience) {
        return BY_ID.values().stream()
                .filter(v -> audience.statuses().contains(v.status()))
                .count();
    }
}
