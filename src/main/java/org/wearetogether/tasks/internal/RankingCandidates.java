package org.wearetogether.tasks.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.wearetogether.dialog.Texts;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.tasks.Tasks.Candidate;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;
import org.wearetogether.volunteers.Volunteers;

/**
 * Ranks a region's volunteers for one request (see {@link org.wearetogether.tasks.Tasks#candidates}). Reads the region's
 * approved and paused volunteers a page at a time, at most {@link #MOST_READ} of them, and their open tasks in one query.
 */
final class RankingCandidates {

    /** A region with more volunteers than this is ranked on the first this many by user id. */
    static final int MOST_READ = 2000;

    private static final int PAGE = 200;
    private static final int EVENING = 17;
    private static final Texts SAME_DISTRICT = Texts.of("тот же район", "same district");
    private static final Texts HAS_SKILL = Texts.of("есть навык: %s", "has skill: %s");
    private static final Texts FREE_WEEKDAYS = Texts.of("удобно в будни", "free on weekdays");
    private static final Texts FREE_WEEKENDS = Texts.of("удобно в выходные", "free on weekends");
    private static final Texts FREE_EVENINGS = Texts.of("удобно по вечерам", "free in the evenings");
    private static final Texts OPEN_TASKS = Texts.of("открытых задач: %d", "%d open tasks");
    private static final Texts ONE_OPEN_TASK = Texts.of("открытых задач: 1", "1 open task");
    private static final Texts PAUSED = Texts.of("на паузе: задачи не предложить", "paused: cannot be offered tasks");

    private static final Comparator<Ranked> ORDER = Comparator.comparing(
                    (Ranked r) -> !r.candidate().offerable())
            .thenComparing(r -> !r.candidate().sameDistrict())
            .thenComparing(r -> -r.candidate().fittingSkills().size())
            .thenComparing(r -> !r.candidate().freeNow())
            .thenComparingInt(r -> r.candidate().openTasks())
            .thenComparing(r -> r.candidate().name().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.candidate().userId());

    private final Supplier<Volunteers> volunteers;
    private final MongoTasks tasks;
    private final OptionWords words;
    private final Function<String, ZoneId> zones;
    private final Clock clock;

    RankingCandidates(
            Supplier<Volunteers> volunteers,
            MongoTasks tasks,
            OptionWords words,
            Function<String, ZoneId> zones,
            Clock clock) {
        this.volunteers = volunteers;
        this.tasks = tasks;
        this.words = words;
        this.zones = zones;
        this.clock = clock;
    }

    List<Candidate> rank(HelpRequest request, String language, int limit) {
        List<Volunteer> region = region(request.regionCode());
        Map<String, Integer> load =
                tasks.load(region.stream().map(Volunteer::userId).toList());
        Set<String> wanted = NeedSkills.skillsFor(request.needs());
        Set<String> now = timesOfWeek(ZonedDateTime.now(clock.withZone(zones.apply(request.regionCode()))));
        String address = request.address() == null ? null : request.address().text();
        List<Ranked> ranked = new ArrayList<>();
        for (Volunteer v : region) {
            ranked.add(new Ranked(candidate(v, address, wanted, now, load.getOrDefault(v.userId(), 0), language)));
        }
        ranked.sort(ORDER);
        return ranked.stream()
                .limit(Math.max(1, Math.min(100, limit)))
                .map(Ranked::candidate)
                .toList();
    }

    private Candidate candidate(
            Volunteer v, String address, Set<String> wanted, Set<String> now, int openTasks, String language) {
        boolean offerable = v.available();
        boolean sameDistrict = Districts.same(v.district(), address);
        List<String> fitting =
                v.skills().stream().filter(wanted::contains).distinct().toList();
        List<String> free = v.availability().stream().filter(now::contains).toList();
        List<String> reasons = new ArrayList<>();
        if (!offerable) {
            reasons.add(PAUSED.in(language));
        }
        if (sameDistrict) {
            reasons.add(SAME_DISTRICT.in(language));
        }
        fitting.forEach(skill -> reasons.add(HAS_SKILL.in(language).formatted(words.name("skills", skill, language))));
        free.forEach(time -> reasons.add(freeText(time).in(language)));
        reasons.add(
                openTasks == 1
                        ? ONE_OPEN_TASK.in(language)
                        : OPEN_TASKS.in(language).formatted(openTasks));
        return new Candidate(
                v.userId(),
                VolunteerList.shortName(v),
                offerable,
                sameDistrict,
                fitting,
                !free.isEmpty(),
                openTasks,
                reasons);
    }

    private List<Volunteer> region(String regionCode) {
        Volunteers.Audience audience = new Volunteers.Audience(
                Set.of(regionCode), Set.of(), Set.of(VolunteerStatus.APPROVED, VolunteerStatus.PAUSED));
        List<Volunteer> found = new ArrayList<>();
        String after = null;
        while (found.size() < MOST_READ) {
            List<Volunteer> page = volunteers.get().page(audience, after, PAGE);
            found.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            after = page.getLast().userId();
        }
        return found;
    }

    /** The availability answers that fit this moment: the kind of day, and evenings after 17:00. */
    static Set<String> timesOfWeek(ZonedDateTime at) {
        Set<String> times = new LinkedHashSet<>();
        DayOfWeek day = at.getDayOfWeek();
        times.add(day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? "weekends" : "weekdays");
        if (at.getHour() >= EVENING) {
            times.add("evenings");
        }
        return times;
    }

    private static Texts freeText(String time) {
        return switch (time) {
            case "weekends" -> FREE_WEEKENDS;
            case "evenings" -> FREE_EVENINGS;
            default -> FREE_WEEKDAYS;
        };
    }

    private record Ranked(Candidate candidate) {}
}
