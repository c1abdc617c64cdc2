package org.wearetogether.broadcasts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Primary;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;
import org.wearetogether.volunteers.Volunteers;

/**
 * Volunteers for tests of the whole service, held in a static map the test fills (it outlives a restart). Added to a
 * {@code RunningService} with {@code spring.main.sources}; primary, so it wins beside the volunteers module's own.
 */
@Primary
public class ItVolunteers implements Volunteers {

    static final Map<String, Volunteer> BY_ID = new ConcurrentHashMap<>();

    static void add(long userId, String region) {
        BY_ID.put(
                String.valueOf(userId),
                new Volunteer(
                        String.valueOf(userId),
                        "telegram:" + userId,
                        "Volunteer " + userId,
                        30,
                        "+79990000000",
                        region,
                        "District",
                        List.of("own_car"),
                        List.of("weekends"),
                        4,
                        VolunteerStatus.APPROVED,
                        null,
                        "ru",
                        Instant.EPOCH,
                        Instant.EPOCH));
    }

    @Override
    public Optional<Volunteer> byUserId(String userId) {
        return Optional.ofNullable(BY_ID.get(userId));
    }

    @Override
    public List<Volunteer> available(String regionCode, String search, int skip, int limit) {
        return List.of();
    }

    @Override
    public List<Volunteer> page(Audience audience, String afterUserId, int limit) {
        return BY_ID.values().stream()
                .filter(v -> matches(audience, v))
                .filter(v -> afterUserId == null || v.userId().compareTo(afterUserId) > 0)
                .sorted(Comparator.comparing(Volunteer::userId))
                .limit(limit)
                .toList();
    }

    @Override
    public long count(Audience audience) {
        return BY_ID.values().stream().filter(v -> matches(audience, v)).count();
    }

    private static boolean matches(Audience a, Volunteer v) {
        return (a.regions().isEmpty() || a.regions().contains(v.regionCode()))
                && (a.skills().isEmpty() || v.skills().stream().anyMatch(a.skills()::contains))
                && a.statuses().contains(v.status());
    }
}
