package org.wearetogether.broadcasts.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.Volunteers;

/**
 * The volunteers' profiles, looked up on first use; without a profile store (the volunteers module not deployed) the
 * audience of volunteers is empty.
 */
final class LazyVolunteers implements Volunteers {

    private final ObjectProvider<Volunteers> volunteers;

    LazyVolunteers(ObjectProvider<Volunteers> volunteers) {
        this.volunteers = volunteers;
    }

    private Optional<Volunteers> store() {
        return Optional.ofNullable(volunteers.getIfAvailable());
    }

    @Override
    public Optional<Volunteer> byUserId(String userId) {
        return store().flatMap(v -> v.byUserId(userId));
    }

    @Override
    public List<Volunteer> available(String regionCode, String search, int skip, int limit) {
        return store().map(v -> v.available(regionCode, search, skip, limit)).orElse(List.of());
    }

    @Override
    public List<Volunteer> page(Audience audience, String afterUserId, int limit) {
        return store().map(v -> v.page(audience, afterUserId, limit)).orElse(List.of());
    }

    @Override
    public long count(Audience audience) {
        return store().map(v -> v.count(audience)).orElse(0L);
    }
}
