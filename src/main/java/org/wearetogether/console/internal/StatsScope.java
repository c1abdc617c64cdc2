package org.wearetogether.console.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Which regions a person may see numbers and exports of, and whether with contacts: coordinators their own regions
 * (all of them together, or one), admins any region or the whole campaign, hotline operators the numbers of any
 * region but no exports. Everything else is refused (the controllers answer 403).
 *
 * @param regions the region codes asked for (empty: the whole campaign, admins and operators only)
 * @param region the one region chosen, or blank for "all I may see"
 */
record StatsScope(Set<String> regions, String region) {

    /** The periods the page offers, in days. */
    static final Set<Integer> PERIODS = Set.of(7, 30, 90);

    StatsScope {
        regions = Set.copyOf(regions);
    }

    /** The scope of the statistics page for this person and choice; empty when not allowed. */
    static Optional<StatsScope> numbers(Staff staff, String region) {
        String chosen = region == null || !region.matches("[A-Za-z0-9_-]{1,40}") ? "" : region;
        if (!chosen.isEmpty()) {
            return staff.sees(chosen) ? Optional.of(new StatsScope(Set.of(chosen), chosen)) : Optional.empty();
        }
        if (staff.seesAllRegions()) {
            return Optional.of(new StatsScope(Set.of(), ""));
        }
        return staff.regions().isEmpty() ? Optional.empty() : Optional.of(new StatsScope(staff.regions(), ""));
    }

    /**
     * The scope of an export: admins and coordinators only (operators read, they do not take data away), contacts for
     * admins only.
     */
    static Optional<StatsScope> export(Staff staff, String region, boolean withContacts) {
        if (withContacts && !staff.admin()) {
            return Optional.empty();
        }
        if (!staff.admin() && staff.regions().isEmpty()) {
            return Optional.empty();
        }
        if (!staff.admin()) {
            // a coordinator who is also an operator still exports only their own regions
            String chosen = region == null ? "" : region;
            if (!chosen.isEmpty() && !staff.regions().contains(chosen)) {
                return Optional.empty();
            }
            return chosen.isEmpty()
                    ? Optional.of(new StatsScope(staff.regions(), ""))
                    : Optional.of(new StatsScope(Set.of(chosen), chosen));
        }
        return numbers(staff, region);
    }

    /** The period asked for, or 30 days when it is not one the page offers. */
    static int period(String days) {
        try {
            int d = Integer.parseInt(days == null ? "" : days.strip());
            return PERIODS.contains(d) ? d : 30;
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    /** How the audit log names the regions: the one chosen, the list, or {@code *} for the whole campaign. */
    String subject() {
        return regions.isEmpty() ? "*" : String.join(",", new java.util.TreeSet<>(regions));
    }
}
