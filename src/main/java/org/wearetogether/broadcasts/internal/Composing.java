package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.broadcasts.BroadcastSettings;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.ChatFollowUp;
import org.wearetogether.chat.QuietHours;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * Composing a broadcast in the author's private chat: {@code /broadcast} asks for the post, the next message is the
 * draft (kept in the store), then the audience is chosen with buttons (typed region names for admins) and the
 * broadcast confirmed. Every step re-checks the author's role.
 */
final class Composing implements ChatFollowUp {

    static final int TEXT_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;

    private final MongoDrafts drafts;
    private final MongoBroadcasts broadcasts;
    private final LedgerBuilding building;
    private final Roles roles;
    private final RegionCatalogue regions;
    private final Audit audit;
    private final Sending sending;
    private final BroadcastSettings settings;
    private final Clock clock;

    Composing(
            MongoDrafts drafts,
            MongoBroadcasts broadcasts,
            LedgerBuilding building,
            Roles roles,
            RegionCatalogue regions,
            Audit audit,
            Sending sending,
            BroadcastSettings settings,
            Clock clock) {
        this.drafts = drafts;
        this.broadcasts = broadcasts;
        this.building = building;
        this.roles = roles;
        this.regions = regions;
        this.audit = audit;
        this.sending = sending;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code /broadcast}: a new draft, waiting for its post. */
    List<Reply> begin(Person person, String language) {
        Staff staff = Staff.of(roles, person.userId());
        if (!staff.mayBroadcast()) {
            return say(BroadcastTexts.NOT_ALLOWED, language);
        }
        if (!person.chatId().equals(person.userId())) {
            return say(BroadcastTexts.PRIVATE_ONLY, language);
        }
        long no = broadcasts.nextNumber();
        Audience audience = Audience.volunteersOf(staff.admin() ? Set.of() : staff.regions());
        drafts.save(new Draft(person.userId(), no, null, audience, false), clock.instant());
        return List.of(new Reply.Message(
                BroadcastTexts.ASK_POST.in(language),
                new Reply.Keyboard.Inline(
                        List.of(List.of(button(BroadcastTexts.B_DISCARD, language, "d", no, null))))));
    }

    @Override
    public Optional<List<Reply>> heard(Person person, String language, String text) {
        Optional<Draft> draft = draftOf(person);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        if (draft.get().waitingForPost()) {
            return Optional.of(posted(person, language, draft.get(), Announcement.plain(text)));
        }
        return Optional.of(regionsTyped(person, language, draft.get(), text));
    }

    @Override
    public Optional<List<Reply>> heardPost(Person person, String language, Announcement post) {
        Optional<Draft> draft = draftOf(person);
        return draft.map(d -> posted(person, language, d, post));
    }

    private Optional<Draft> draftOf(Person person) {
        if (person.userId() == null || !person.userId().equals(person.chatId())) {
            return Optional.empty();
        }
        return drafts.of(person.userId());
    }

    private List<Reply> posted(Person person, String language, Draft draft, Announcement post) {
        Staff staff = Staff.of(roles, person.userId());
        if (!staff.mayBroadcast()) {
            drafts.deleteAny(person.userId());
            return say(BroadcastTexts.NOT_ALLOWED, language);
        }
        if (post.text().isBlank() && post.photo() == null) {
            return say(BroadcastTexts.EMPTY, language);
        }
        if (post.text().length() > (post.photo() == null ? TEXT_LIMIT : CAPTION_LIMIT)) {
            return say(BroadcastTexts.TOO_LONG, language);
        }
        Draft updated = draft.withPost(post);
        drafts.save(updated, clock.instant());
        return List.of(audienceMessage(updated, staff, language));
    }

    private List<Reply> regionsTyped(Person person, String language, Draft draft, String text) {
        Staff staff = Staff.of(roles, person.userId());
        if (!staff.mayBroadcast()) {
            drafts.deleteAny(person.userId());
            return say(BroadcastTexts.NOT_ALLOWED, language);
        }
        Set<String> codes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String typed : text.split("[,;\\n]")) {
            String name = typed.strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Region> region = regions.byCode(name.toUpperCase(Locale.ROOT))
                    .or(() -> regions.match(name).certain());
            if (region.isPresent()) {
                codes.add(region.get().code());
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty() || codes.isEmpty()) {
            return say(
                    BroadcastTexts.UNKNOWN_REGIONS
                            .in(language)
                            .formatted(String.join(", ", unknown.isEmpty() ? List.of(text.strip()) : unknown)),
                    language);
        }
        if (!staff.admin() && !staff.regions().containsAll(codes)) {
            return say(
                    BroadcastTexts.NOT_YOUR_REGIONS.in(language).formatted(String.join(", ", staff.regions())),
                    language);
        }
        Draft updated = draft.withAudience(draft.audience().withRegions(codes));
        drafts.save(updated, clock.instant());
        return List.of(audienceMessage(updated, staff, language));
    }

    /** A press of a draft's button ({@code b:<action>:<no>[:<arg>]}). */
    List<Reply> press(Person person, String language, String action, long no, String arg) {
        Draft draft = drafts.of(person.userId()).filter(d -> d.no() == no).orElse(null);
        if (draft == null || !person.userId().equals(person.chatId())) {
            return notice(BroadcastTexts.INACTIVE, language);
        }
        Staff staff = Staff.of(roles, person.userId());
        if (!staff.mayBroadcast()) {
            drafts.deleteAny(person.userId());
            return notice(BroadcastTexts.NOT_ALLOWED, language);
        }
        if (action.equals("d")) {
            drafts.delete(person.userId(), no);
            return List.of(new Reply.EditPressed(BroadcastTexts.DISCARDED.in(language), Reply.Keyboard.NONE));
        }
        if (draft.waitingForPost()) {
            return notice(BroadcastTexts.ASK_POST, language);
        }
        if (action.equals("ok")) {
            return confirm(person, language, draft, staff);
        }
        Draft changed = changed(draft, staff, action, arg);
        if (changed == null) {
            return notice(BroadcastTexts.INACTIVE, language);
        }
        drafts.save(changed, clock.instant());
        Reply.Message m = audienceMessage(changed, staff, language);
        return List.of(new Reply.EditPressed(m.text(), m.keyboard()));
    }

    private Draft changed(Draft draft, Staff staff, String action, String arg) {
        Audience a = draft.audience();
        switch (action) {
            case "w":
                return "c".equals(arg) || "v".equals(arg)
                        ? draft.withAudience(a.withCoordinators("c".equals(arg)))
                        : null;
            case "r":
                if ("*".equals(arg)) {
                    return staff.admin() ? draft.withAudience(a.withRegions(Set.of())) : null;
                }
                boolean known = arg != null && regions.byCode(arg).isPresent();
                if (!known || !staff.admin() && !staff.regions().contains(arg)) {
                    return null;
                }
                Set<String> toggled = new TreeSet<>(a.regions());
                if (!toggled.remove(arg)) {
                    toggled.add(arg);
                }
                // a coordinator always writes to at least one region; an admin's empty choice means all regions
                return toggled.isEmpty() && !staff.admin() ? draft : draft.withAudience(a.withRegions(toggled));
            case "s":
                return Audience.SKILLS.contains(arg) ? draft.withAudience(a.toggledSkill(arg)) : null;
            case "t":
                VolunteerStatus status = Audience.STATUSES.stream()
                        .filter(s -> s.name().equalsIgnoreCase(String.valueOf(arg)))
                        .findFirst()
                        .orElse(null);
                return status == null ? null : draft.withAudience(a.toggledStatus(status));
            case "u":
                return staff.admin() ? draft.withUrgent(!draft.urgent()) : null;
            default:
                return null;
        }
    }

    private List<Reply> confirm(Person person, String language, Draft draft, Staff staff) {
        if (!staff.mayReach(draft.audience())) {
            return notice(BroadcastTexts.NOT_YOUR_REGIONS.in(language).formatted(String.join(", ", staff.regions())));
        }
        long count = building.count(draft.audience());
        if (count == 0) {
            return notice(BroadcastTexts.NOBODY, language);
        }
        Instant now = clock.instant();
        Broadcast broadcast = new Broadcast(
                draft.no(),
                person.userId(),
                authorName(person),
                person.chatKey(),
                language,
                draft.post(),
                draft.audience(),
                draft.urgent() && staff.admin(),
                Broadcast.State.SENDING,
                count,
                0,
                null,
                false,
                null,
                Broadcast.Report.EMPTY,
                now,
                null,
                false);
        if (broadcasts.create(broadcast)) {
            audit.record(new org.wearetogether.access.Audit.Entry(
                    person.userId(),
                    authorName(person),
                    "broadcast.confirm",
                    "broadcast:" + draft.no(),
                    describe(draft, count),
                    now));
        }
        drafts.delete(person.userId(), draft.no());
        sending.nudge();
        return List.of(new Reply.EditPressed(
                BroadcastTexts.CONFIRMED.in(language).formatted(draft.no()), Reply.Keyboard.NONE));
    }

    private static String describe(Draft draft, long count) {
        Audience a = draft.audience();
        return (a.coordinators() ? "coordinators" : "volunteers") + " regions="
                + (a.regions().isEmpty() ? "all" : a.regions())
                + (a.coordinators() ? "" : " skills=" + a.skills() + " statuses=" + a.statuses())
                + " urgent=" + draft.urgent() + " recipients=" + count;
    }

    Reply.Message audienceMessage(Draft draft, Staff staff, String language) {
        Audience a = draft.audience();
        long count = building.count(a);
        String regionNames = a.regions().isEmpty()
                ? (staff.admin() ? BroadcastTexts.ALL_REGIONS.in(language) : BroadcastTexts.NO_REGIONS.in(language))
                : String.join(
                        ", ",
                        a.regions().stream()
                                .map(code -> regionName(code, language))
                                .toList());
        String skills = a.skills().isEmpty()
                ? BroadcastTexts.ANY.in(language)
                : String.join(
                        ", ",
                        a.skills().stream()
                                .map(s -> BroadcastTexts.skill(s).in(language))
                                .toList());
        String statuses = String.join(
                ", ",
                Audience.STATUSES.stream()
                        .filter(a.statuses()::contains)
                        .map(s -> BroadcastTexts.status(s).in(language))
                        .toList());
        String estimate = BroadcastTexts.ESTIMATE
                .in(language)
                .formatted(
                        count,
                        BroadcastTexts.duration(
                                Duration.ofSeconds((long) Math.ceil(count / settings.rate())), language),
                        formatRate());
        String night = night(a, draft.urgent(), language);
        String hint =
                staff.admin() || staff.regions().size() > 8 ? "\n" + BroadcastTexts.TYPE_REGIONS.in(language) : "";
        String text = BroadcastTexts.AUDIENCE
                .in(language)
                .formatted(
                        draft.no(),
                        (a.coordinators() ? BroadcastTexts.COORDINATORS : BroadcastTexts.VOLUNTEERS).in(language),
                        regionNames,
                        a.coordinators() ? "—" : skills,
                        a.coordinators() ? "—" : statuses,
                        (draft.urgent() ? BroadcastTexts.YES : BroadcastTexts.NO).in(language),
                        estimate + (night.isEmpty() ? "" : "\n" + night) + hint);
        return new Reply.Message(text, new Reply.Keyboard.Inline(audienceButtons(draft, staff, language)));
    }

    private List<List<Reply.Button>> audienceButtons(Draft draft, Staff staff, String language) {
        Audience a = draft.audience();
        long no = draft.no();
        List<List<Reply.Button>> rows = new ArrayList<>();
        rows.add(List.of(
                button(ticked(!a.coordinators(), BroadcastTexts.B_VOLUNTEERS.in(language)), "w", no, "v"),
                button(ticked(a.coordinators(), BroadcastTexts.B_COORDINATORS.in(language)), "w", no, "c")));
        List<Reply.Button> regionRow = new ArrayList<>();
        if (staff.admin()) {
            regionRow.add(
                    button(ticked(a.regions().isEmpty(), BroadcastTexts.B_ALL_REGIONS.in(language)), "r", no, "*"));
        }
        if (staff.regions().size() <= 8) {
            for (String code : new TreeSet<>(staff.regions())) {
                regionRow.add(button(ticked(a.regions().contains(code), regionName(code, language)), "r", no, code));
            }
        }
        addInRows(rows, regionRow, 3);
        if (!a.coordinators()) {
            List<Reply.Button> skills = new ArrayList<>();
            for (String skill : Audience.SKILLS) {
                skills.add(button(
                        ticked(
                                a.skills().contains(skill),
                                BroadcastTexts.skill(skill).in(language)),
                        "s",
                        no,
                        skill));
            }
            addInRows(rows, skills, 3);
            List<Reply.Button> statuses = new ArrayList<>();
            for (VolunteerStatus status : Audience.STATUSES) {
                statuses.add(button(
                        ticked(
                                a.statuses().contains(status),
                                BroadcastTexts.status(status).in(language)),
                        "t",
                        no,
                        status.name().toLowerCase(Locale.ROOT)));
            }
            rows.add(statuses);
        }
        if (staff.admin()) {
            rows.add(List.of(button(ticked(draft.urgent(), BroadcastTexts.B_URGENT.in(language)), "u", no, null)));
        }
        rows.add(List.of(
                button(BroadcastTexts.B_CONFIRM, language, "ok", no, null),
                button(BroadcastTexts.B_DISCARD, language, "d", no, null)));
        return rows;
    }

    private String night(Audience a, boolean urgent, String language) {
        Instant now = clock.instant();
        QuietHours quiet = sending.quietHours();
        List<Region> chosen = a.regions().isEmpty()
                ? regions.all()
                : a.regions().stream()
                        .flatMap(code -> regions.byCode(code).stream())
                        .toList();
        List<String> night = chosen.stream()
                .filter(r -> quiet.quiet(r.zone(), now))
                .map(r -> r.name(language))
                .toList();
        if (night.isEmpty()) {
            return "";
        }
        if (urgent) {
            return BroadcastTexts.URGENT_IGNORES_NIGHT.in(language);
        }
        String names = night.size() > 5
                ? String.join(", ", night.subList(0, 5)) + " (+" + (night.size() - 5) + ")"
                : String.join(", ", night);
        return BroadcastTexts.NIGHT_NOW.in(language).formatted(quiet.from(), quiet.until(), names);
    }

    private String formatRate() {
        double rate = settings.rate();
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
    }

    private String regionName(String code, String language) {
        return regions.byCode(code).map(r -> r.name(language)).orElse(code);
    }

    private static void addInRows(List<List<Reply.Button>> rows, List<Reply.Button> buttons, int perRow) {
        for (int i = 0; i < buttons.size(); i += perRow) {
            rows.add(List.copyOf(buttons.subList(i, Math.min(buttons.size(), i + perRow))));
        }
    }

    private static String ticked(boolean on, String label) {
        return (on ? "✓ " : "") + label;
    }

    private static Reply.Button button(String label, String action, long no, String arg) {
        return new Reply.Button(label, ProgressView.PREFIX + action + ":" + no + (arg == null ? "" : ":" + arg));
    }

    private static Reply.Button button(Texts label, String language, String action, long no, String arg) {
        return button(label.in(language), action, no, arg);
    }

    static String authorName(Person person) {
        if (person.firstName() != null && !person.firstName().isBlank()) {
            return person.firstName();
        }
        return person.username() != null ? "@" + person.username() : person.userId();
    }

    private static List<Reply> say(Texts text, String language) {
        return say(text.in(language), language);
    }

    private static List<Reply> say(String text, String language) {
        return List.of(Reply.Message.plain(text));
    }

    private static List<Reply> notice(Texts text, String language) {
        return notice(text.in(language));
    }

    private static List<Reply> notice(String text) {
        return List.of(new Reply.Notice(text));
    }
}
