package org.wearetogether.tasks.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Primary;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;
import org.wearetogether.volunteers.Volunteers;

/**
 * Volunteers for tests, in memory: Ivan Petrov (777) and Maria Sokolova (778), approved in Moscow, and Oleg (779),
 * paused. Added to a {@code RunningService} with {@code spring.main.sources}; primary, so it also wins beside the
 * volunteers module's own.
 */
@Primary
class FixedVolunteers implements Volunteers {

    private final Map<String, Volunteer> byId = new ConcurrentHashMap<>();

    FixedVolunteers() {
        add(volunteer("777", "Ivan Petrov", "RU-MOW", VolunteerStatus.APPROVED, "own_car", "medical"));
        add(volunteer("778", "Maria Sokolova", "RU-MOW", VolunteerStatus.APPROVED, "languages"));
        add(volunteer("779", "Oleg Paused", "RU-MOW", VolunteerStatus.PAUSED));
    }

    static Volunteer volunteer(String userId, String name, String region, VolunteerStatus status, String... skills) {
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        return new Volunteer(
                userId,
                "telegram:" + userId,
                name,
                30,
                "+7900" + userId,
                region,
                "Centre",
                List.of(skills),
                List.of("weekends"),
                5,
                status,
                null,
                "en",
                t,
                t);
    }

    void add(Volunteer v) {
        byId.put(v.userId(), v);
    }

    void remove(String userId) {
        byId.remove(userId);
    }

    @Override
    public Optional<Volunteer> byUserId(String userId) {
        return Optional.ofNullable(byId.get(userId));
    }

    @Override
    public List<Volunteer> available(String regionCode, String search, int skip, int limit) {
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return byId.values().stream()
                .filter(Volunteer::available)
                .filter(v -> v.regionCode().equals(regionCode))
                .filter(v -> v.name().toLowerCase(Locale.ROOT).contains(term))
                .sorted(Comparator.comparing(Volunteer::name))
                .skip(skip)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Volunteer> page(Audience audience, String afterUserId, int limit) {
        return byId.values().stream()
                .filter(v -> audience.statuses().contains(v.status()))
                .filter(v -> audience.regions().isEmpty() || audience.regions().contains(v.regionCode()))
                .filter(v -> audience.skills().isEmpty() || v.skills().stream().anyMatch(audience.skills()::contains))
                .filter(v -> afterUserId == null || v.userId().compareTo(afterUserId) > 0)
                .sorted(Comparator.comparing(Volunteer::userId))
                .limit(limit)
                .toList();
    }

    @Override
    public long count(Audience audience) {
        return page(audience, null, Integer.MAX_VALUE).size();
    }
}
