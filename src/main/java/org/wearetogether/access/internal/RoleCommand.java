package org.wearetogether.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.wearetogether.access.Audit;
import org.wearetogether.access.CoordinatorRemoved;
import org.wearetogether.access.RoleAssignments;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.People;
import org.wearetogether.chat.StaffCommand;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.regions.RegionCatalogue;

/**
 * {@code /coordinator} and {@code /operator}: admins give and take roles. A person is named by numeric user id or by
 * a @username of someone who has written to the bot. Every change is audited; running one twice changes nothing.
 */
final class RoleCommand implements StaffCommand {

    static final String COORDINATOR = "coordinator";
    static final String OPERATOR = "operator";
    private static final Pattern USER_ID = Pattern.compile("\\d{1,20}");

    private final String name;
    private final Roles roles;
    private final RoleAssignments assignments;
    private final People people;
    private final RegionCatalogue regions;
    private final Audit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RoleCommand(
            String name,
            Roles roles,
            RoleAssignments assignments,
            People people,
            RegionCatalogue regions,
            Audit audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.name = name;
        this.roles = roles;
        this.assignments = assignments;
        this.people = people;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Description description() {
        return COORDINATOR.equals(name)
                ? new Description(name, Texts.of("Координаторы (для админов)", "Coordinators (admins only)"))
                : new Description(name, Texts.of("Операторы (для админов)", "Operators (admins only)"));
    }

    @Override
    public List<Reply> run(Person person, String language, String args) {
        if (!roles.isAdmin(person.userId())) {
            return say(AccessTexts.ADMINS_ONLY.in(language));
        }
        List<String> words = List.of(args.strip().split("\\s+"));
        boolean remove = words.size() > 1 && words.get(0).equalsIgnoreCase("remove");
        List<String> rest = remove ? words.subList(1, words.size()) : words;
        Texts usage = COORDINATOR.equals(name) ? AccessTexts.COORDINATOR_USAGE : AccessTexts.OPERATOR_USAGE;
        int needed = COORDINATOR.equals(name) && !remove ? 2 : 1;
        if (rest.isEmpty() || rest.get(0).isEmpty() || rest.size() < needed || rest.size() > 2) {
            return say(usage.in(language));
        }
        Optional<String> userId = resolve(rest.get(0));
        if (userId.isEmpty()) {
            return say(AccessTexts.UNKNOWN_PERSON.in(language).formatted(rest.get(0)));
        }
        String region = rest.size() > 1 ? rest.get(1).toUpperCase(Locale.ROOT) : null;
        if (region != null && regions.byCode(region).isEmpty()) {
            return say(AccessTexts.UNKNOWN_REGION.in(language).formatted(rest.get(1)));
        }
        String who = rest.get(0);
        return COORDINATOR.equals(name)
                ? coordinator(person, language, remove, userId.get(), who, region)
                : operator(person, language, remove, userId.get(), who);
    }

    private List<Reply> coordinator(
            Person admin, String language, boolean remove, String userId, String who, String region) {
        if (!remove) {
            assignments.addCoordinator(userId, region);
            audited(admin, "coordinator.add", userId, region);
            return say(AccessTexts.COORDINATOR_ADDED.in(language).formatted(who, region));
        }
        Set<String> removed = region == null ? roles.coordinatedRegions(userId) : Set.of(region);
        if (!assignments.removeCoordinator(userId, region)) {
            return say(AccessTexts.NOTHING_CHANGED.in(language));
        }
        audited(admin, "coordinator.remove", userId, region == null ? "all" : region);
        // after the change is stored: the HQ returns what they held to the queue
        events.publishEvent(new CoordinatorRemoved(userId, removed, admin, language, clock.instant()));
        String from = region == null ? AccessTexts.ALL_REGIONS.in(language) : region;
        return say(AccessTexts.COORDINATOR_REMOVED.in(language).formatted(who, from));
    }

    private List<Reply> operator(Person admin, String language, boolean remove, String userId, String who) {
        if (!assignments.setOperator(userId, !remove)) {
            return say(AccessTexts.NOTHING_CHANGED.in(language));
        }
        audited(admin, remove ? "operator.remove" : "operator.add", userId, null);
        Texts done = remove ? AccessTexts.OPERATOR_REMOVED : AccessTexts.OPERATOR_ADDED;
        return say(done.in(language).formatted(who));
    }

    private Optional<String> resolve(String who) {
        if (USER_ID.matcher(who).matches()) {
            return Optional.of(who);
        }
        if (!who.startsWith("@")) {
            return Optional.empty();
        }
        return people.byUsername(who).map(Person::userId);
    }

    private void audited(Person admin, String action, String userId, String details) {
        String actorName = admin.username() != null ? "@" + admin.username() : admin.firstName();
        audit.record(new Audit.Entry(admin.userId(), actorName, action, userId, details, clock.instant()));
    }

    private static List<Reply> say(String text) {
        return List.of(Reply.Message.plain(text));
    }
}
