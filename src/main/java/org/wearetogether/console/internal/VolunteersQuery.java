package org.wearetogether.console.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wearetogether.dialog.Person;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.tasks.OpenTasks;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerDesk;
import org.wearetogether.volunteers.VolunteerOptions;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * What the volunteers page ({@code /console/volunteers}) reads and changes: a region's volunteers through
 * {@link VolunteerDesk} (the same permission rules and the same approval code as the chat), their open tasks through
 * {@link OpenTasks}, skills and availability in the dialog's words. Phones are never shown here: the console shows no
 * contacts (README, Privacy).
 */
@org.springframework.stereotype.Component
public class VolunteersQuery {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final VolunteerDesk desk;
    private final OpenTasks openTasks;
    private final VolunteerOptions options;
    private final RegionCatalogue regions;

    VolunteersQuery(VolunteerDesk desk, OpenTasks openTasks, VolunteerOptions options, RegionCatalogue regions) {
        this.desk = desk;
        this.openTasks = openTasks;
        this.options = options;
        this.regions = regions;
    }

    /** Admins see every region's volunteers, coordinators their regions'; operators none (the chat's rule). */
    static boolean mayList(Staff staff) {
        return staff.admin() || !staff.regions().isEmpty();
    }

    /** Whether this person may list this region (admins: any; coordinators: theirs). */
    static boolean mayList(Staff staff, String regionCode) {
        return staff.admin() || staff.regions().contains(regionCode);
    }

    /** The regions to pick from: code → name in the person's language. */
    List<Map.Entry<String, String>> regionChoices(Staff staff) {
        return regions.all().stream()
                .filter(r -> mayList(staff, r.code()))
                .map(r -> Map.entry(r.code(), r.name(staff.language())))
                .toList();
    }

    /** The region the page shows: the one asked for, else the person's first. Empty when they may list none. */
    Optional<String> region(Staff staff, String asked) {
        if (asked != null && !asked.isBlank()) {
            return Optional.of(asked.strip());
        }
        return regionChoices(staff).stream().map(Map.Entry::getKey).findFirst();
    }

    /**
     * One page of the region's volunteers. Throws {@link VolunteerDesk.NotAllowed} for a region not theirs (the
     * controller answers 403).
     */
    Listing list(Staff staff, String region, VolunteersFilter filter) {
        if (!mayList(staff, region)) {
            throw new VolunteerDesk.NotAllowed("Not a region of " + staff.userId());
        }
        Set<VolunteerStatus> statuses =
                filter.statusValue().map(EnumSet::of).map(Set::copyOf).orElse(Set.of());
        VolunteerDesk.Page page = desk.list(
                staff.userId(),
                new VolunteerDesk.Query(
                        region,
                        statuses,
                        filter.skill(),
                        filter.q(),
                        VolunteerDesk.Sort.NAME,
                        filter.page(),
                        PAGE_SIZE));
        Map<String, Integer> tasks = openTasks.countByVolunteer(
                page.rows().stream().map(r -> r.volunteer().userId()).toList());
        String language = staff.language();
        List<Row> rows = new ArrayList<>();
        for (VolunteerDesk.Row r : page.rows()) {
            Volunteer v = r.volunteer();
            rows.add(new Row(
                    v.userId(),
                    v.name(),
                    v.status().name().toLowerCase(Locale.ROOT),
                    v.skills().stream()
                            .map(s -> options.name("skills", s, language))
                            .toList(),
                    v.district(),
                    v.availability().stream()
                            .map(a -> options.name("availability", a, language))
                            .toList(),
                    v.hoursPerWeek(),
                    tasks.getOrDefault(v.userId(), 0),
                    r.lastActiveAt() == null ? null : WHEN.format(r.lastActiveAt()),
                    r.round(),
                    r.decidedBy()));
        }
        long pages = Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Listing(
                region, regionName(region, language), rows, page.total(), page.byStatus(), filter.page(), pages);
    }

    private String regionName(String code, String language) {
        return regions.all().stream()
                .filter(r -> r.code().equals(code))
                .map(r -> r.name(language))
                .findFirst()
                .orElse(code);
    }

    /** Approves, declines, pauses or resumes, as the chat does; the answer is the chat's words. */
    VolunteerDesk.Outcome act(Staff staff, String action, String userId, int round, String reason) {
        Person me = person(staff);
        String language = staff.language();
        return switch (action) {
            case "approve" -> desk.approve(me, language, userId, round);
            case "decline" -> desk.decline(me, language, userId, round, reason);
            case "pause" -> desk.pause(me, language, userId);
            case "resume" -> desk.resume(me, language, userId);
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** The staff member as the chat knows them: their private chat is their user id. */
    static Person person(Staff staff) {
        return new Person("telegram", staff.userId(), staff.userId(), staff.name(), null);
    }

    /** The time the page shows beside "last activity" and elsewhere. */
    static String when(Instant at) {
        return at == null ? null : WHEN.format(at);
    }

    /** One volunteer as the table shows them (no phone, no age). */
    public record Row(
            String userId,
            String name,
            String status,
            List<String> skills,
            String district,
            List<String> availability,
            int hoursPerWeek,
            int openTasks,
            String lastActive,
            int round,
            String decidedBy) {}

    /** The page's table. */
    public record Listing(
            String region,
            String regionName,
            List<Row> rows,
            long total,
            Map<VolunteerStatus, Long> byStatus,
            int page,
            long pages) {

        public long count(String status) {
            return byStatus.getOrDefault(VolunteerStatus.valueOf(status.toUpperCase(Locale.ROOT)), 0L);
        }
    }
}
