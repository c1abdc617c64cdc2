package org.wearetogether.crm.internal;

import java.util.Set;
import org.springframework.context.annotation.Primary;
import org.wearetogether.access.AccessSettings;
import org.wearetogether.access.Roles;

/**
 * Roles for tests of the whole service: the admins of {@code together.access.admins}, nobody else. Added to a
 * {@code RunningService} with {@code spring.main.sources}; primary, so it also wins beside the access module's own.
 */
@Primary
class AdminsFromSettings implements Roles {

    private final AccessSettings settings;

    AdminsFromSettings(AccessSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean isAdmin(String userId) {
        return settings.admins().contains(userId);
    }

    @Override
    public Set<String> coordinatedRegions(String userId) {
        return Set.of();
    }

    @Override
    public boolean isOperator(String userId) {
        return false;
    }

    @Override
    public Set<String> coordinatorsOf(String regionCode) {
        return Set.of();
    }

    @Override
    public Set<String> admins() {
        return Set.copyOf(settings.admins());
    }
}
